package org.schooljournal.testing;

import jakarta.json.JsonObject;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import org.schooljournal.testing.Bodies.Account;
import org.schooljournal.testing.Bodies.Arrival;
import org.schooljournal.testing.Bodies.Assignment;
import org.schooljournal.testing.Bodies.NewClass;
import org.schooljournal.testing.Bodies.NewSchool;
import org.schooljournal.testing.Bodies.NewStaff;
import org.schooljournal.testing.Bodies.TimetableSlot;

/**
 * Data a test writes in, made by the test itself through the API instead of a spot of the shared
 * demo that other tests leave alone by convention: a school of its own (created by the municipal
 * administrator, as a real one is), its staff, classes and pupils. What happens in such a school
 * cannot meet another test's data, whatever order the tests run in.
 */
public final class Fixtures {
    /** The demo municipality's administrator, who creates schools. */
    static final String MUNICIPAL_ADMIN = "admin";

    private Fixtures() {}

    /**
     * A new school named after the test ({@code tag}), with its head and school administrator
     * signed in with passwords of their own. The logins carry a random suffix, so a test may make
     * several and a rerun against the same database makes new ones.
     */
    public static School school(String base, String tag) {
        String run = Integer.toHexString(ThreadLocalRandom.current().nextInt(0x100000, 0xFFFFFF));
        String prefix = tag.toLowerCase().replaceAll("[^a-z0-9]", "") + "." + run;
        ApiClient.Reply created =
                ApiClient.as(base, MUNICIPAL_ADMIN, Demo.PASSWORD)
                        .post(
                                "/municipality/schools",
                                new NewSchool(
                                        "Школа " + tag + " " + run,
                                        tag + " " + run,
                                        new Account(prefix + ".head", "Директорова Нина Павловна"),
                                        new Account(prefix + ".admin", "Админов Олег Игоревич")));
        if (created.status() != 201) {
            throw new AssertionError("the school was not created: " + created);
        }
        var school = created.object();
        return new School(
                base,
                prefix,
                school.getJsonNumber("schoolId").longValue(),
                ApiClient.firstSignIn(
                        base, school.getString("headLogin"), school.getString("headPassword")),
                ApiClient.firstSignIn(
                        base, school.getString("adminLogin"), school.getString("adminPassword")));
    }

    /** A school of a test's own, with its head and administrator signed in. */
    public record School(String base, String prefix, long id, ApiClient head, ApiClient admin) {
        /**
         * A member of staff with the roles (e.g. {@code "teacher"}, {@code "deputy_head"}), added
         * by the school's administrator and signed in with a password of its own.
         */
        public ApiClient staff(String lastName, String role, String... moreRoles) {
            return member(lastName, role, moreRoles).client();
        }

        /** As {@link #staff}, with the member's id and login. */
        public Member member(String lastName, String role, String... moreRoles) {
            String login =
                    prefix
                            + ".s"
                            + Integer.toHexString(
                                    ThreadLocalRandom.current().nextInt(0x1000, 0xFFFF));
            List<String> roles =
                    java.util.stream.Stream.concat(
                                    java.util.stream.Stream.of(role),
                                    java.util.Arrays.stream(moreRoles))
                            .toList();
            ApiClient.Reply added =
                    admin.post(
                            "/staff",
                            new NewStaff(lastName, "Анна", "Сергеевна", "учитель", login, roles));
            if (added.status() != 201) {
                throw new AssertionError("the member of staff was not added: " + added);
            }
            return new Member(
                    added.object().getJsonObject("staff").getJsonNumber("id").longValue(),
                    login,
                    ApiClient.firstSignIn(base, login, added.object().getString("password")));
        }

        /**
         * A maths journal of its own: the school's standard year (the one today is in), a class of
         * the grade with the letter and {@code pupils} pupils from the year's first day, a new
         * teacher teaching it at the 1st lesson of every weekday, and its lessons generated up to
         * six weeks after today (those before today can be marked).
         */
        public Journal journal(int grade, String letter, int pupils) {
            return journal(grade, letter, pupils, LocalDate.of(currentStartYear(), 9, 1));
        }

        /**
         * As {@link #journal(int, String, int)}, with the pupils in the class from {@code
         * pupilsFrom} on (last year's first day: a class the journal keeps from {@link
         * #lastYear()}).
         */
        public Journal journal(int grade, String letter, int pupils, LocalDate pupilsFrom) {
            LocalDate today = LocalDate.now();
            int startYear = currentStartYear();
            LocalDate firstDay = LocalDate.of(startYear, 9, 1);
            ApiClient.Reply year =
                    head.post("/calendar/years?startYear=" + startYear, "application/json", none());
            check(year, 201, 409); // 409: the school's year exists (a second journal)
            check(head.post("/subjects/federal", "application/json", none()), 200, 201);
            long maths =
                    head.get("/subjects").array().getValuesAs(JsonObject.class).stream()
                            .filter(subject -> subject.getString("name").equals("Математика"))
                            .findFirst()
                            .orElseThrow(() -> new AssertionError("no Математика after the FBUP"))
                            .getJsonNumber("id")
                            .longValue();
            long classId = schoolClass(grade, letter);
            Member teacher = member("Учителева", "teacher");
            ApiClient.Reply assigned =
                    head.post("/assignments", new Assignment(teacher.id(), maths, classId, null));
            check(assigned, 201);
            long assignmentId = assigned.object().getJsonNumber("id").longValue();
            for (int weekday = 1; weekday <= 5; weekday++) {
                check(
                        head.put(
                                "/timetable/classes/" + classId + "/slots/" + weekday + "/1",
                                TimetableSlot.of(assignmentId)),
                        200);
            }
            List<Long> ids = new ArrayList<>();
            for (int i = 1; i <= pupils; i++) {
                // born 6 + grade years before, a day apart per letter: pupils of two journals
                // of a school are different people (a school refuses the same name and birthday)
                LocalDate born = pupilsFrom.minusYears(6 + grade).minusDays(letter.charAt(0) - 'А');
                ids.add(pupil(classId, "Ученик" + (char) ('А' + i - 1), pupilsFrom, born));
            }
            check(
                    head.post(
                            "/timetable/lessons?classId="
                                    + classId
                                    + "&from="
                                    + firstDay
                                    + "&to="
                                    + today.plusWeeks(6),
                            "application/json",
                            none()),
                    200);
            return new Journal(assignmentId, grade, classId, teacher, List.copyOf(ids));
        }

        /**
         * The school's year before the current one, created by the head as any year is (the
         * standard plan; a school that starts using the journal may enter the year it finished);
         * its id. Its periods are still open: {@link #closeYear} closes a journal's.
         */
        public long lastYear() {
            int startYear = currentStartYear() - 1;
            check(
                    head.post("/calendar/years?startYear=" + startYear, "application/json", none()),
                    201,
                    409);
            String name = startYear + "/" + (startYear + 1);
            return head.get("/calendar/years").array().getValuesAs(JsonObject.class).stream()
                    .filter(y -> y.getString("name").equals(name))
                    .findFirst()
                    .orElseThrow(() -> new AssertionError("no year " + name))
                    .getJsonNumber("id")
                    .longValue();
        }

        /**
         * A past year of the journal closed as a school closes one: its teacher sets the period
         * mark {@code mark} for every pupil in every period of the grade the class had then (one
         * below today's), locks each period (R-J11), and sets each pupil's year mark to the
         * suggested one (R-J12). The pupils must have been in the class since the year's start
         * ({@link #journal(int, String, int, LocalDate)}).
         */
        public void closeYear(Journal journal, long yearId, String mark) {
            ApiClient teacher = journal.teacher().client();
            int gradeThen = journal.grade() - 1;
            String path = "/journals/" + journal.assignmentId();
            for (JsonObject period :
                    head.get("/calendar/years/" + yearId)
                            .object()
                            .getJsonArray("periods")
                            .getValuesAs(JsonObject.class)) {
                if (period.getInt("gradeFrom") > gradeThen
                        || period.getInt("gradeTo") < gradeThen) {
                    continue;
                }
                String marks = path + "/periods/" + period.getJsonNumber("id").longValue();
                for (long pupil : journal.pupils()) {
                    check(
                            teacher.put(
                                    marks + "/marks/" + pupil,
                                    new Bodies.FinalMark(mark, "итог прошлого года")),
                            200);
                }
                check(teacher.post(marks + "/lock", "application/json", none()), 200);
            }
            String yearMarks = path + "/year-marks";
            for (JsonObject row :
                    teacher.get(yearMarks + "?year=" + yearId)
                            .object()
                            .getJsonArray("rows")
                            .getValuesAs(JsonObject.class)) {
                check(
                        teacher.put(
                                yearMarks
                                        + "/"
                                        + row.getJsonNumber("pupilId").longValue()
                                        + "?year="
                                        + yearId,
                                new Bodies.FinalMark(row.getString("suggested"), null)),
                        200);
            }
        }

        /**
         * Closes the journal's {@code index}-th period of the current year as its teacher does: a
         * period mark {@code mark} for every pupil, then the lock (R-J11); the period's id.
         */
        public long closePeriod(Journal journal, int index, String mark) {
            ApiClient teacher = journal.teacher().client();
            String path = "/journals/" + journal.assignmentId() + "/periods/";
            long periodId =
                    teacher.get("/journals/" + journal.assignmentId() + "/periods")
                            .array()
                            .getJsonObject(index)
                            .getJsonNumber("periodId")
                            .longValue();
            for (long pupil : journal.pupils()) {
                check(
                        teacher.put(
                                path + periodId + "/marks/" + pupil,
                                new Bodies.FinalMark(mark, "итог периода")),
                        200);
            }
            check(teacher.post(path + periodId + "/lock", "application/json", none()), 200);
            return periodId;
        }

        /** A class of the grade with the letter, created by the head; its id. */
        public long schoolClass(int grade, String letter) {
            ApiClient.Reply created = head.post("/classes", new NewClass(grade, letter, null));
            if (created.status() != 201) {
                throw new AssertionError("the class was not created: " + created);
            }
            return created.object().getJsonNumber("id").longValue();
        }

        /**
         * A class of the grade with the letter led by a homeroom teacher of its own, with {@code
         * pupils} pupils from a roster the school's administrator imports (each with a parent of
         * its own, so arriving today), and every pupil and parent given its access as R-A04 does:
         * the homeroom teacher issues a slip with a login and a one-time password, and its holder
         * signs in and chooses a password of its own.
         */
        public Family family(int grade, String letter, int pupils) {
            Member classTeacher = member("Классова", "teacher");
            ApiClient.Reply created =
                    head.post("/classes", new NewClass(grade, letter, classTeacher.id()));
            check(created, 201);
            long classId = created.object().getJsonNumber("id").longValue();
            StringBuilder roster =
                    new StringBuilder(
                            "Фамилия;Имя;Отчество;Дата рождения;Фамилия родителя;Имя родителя;Email родителя");
            for (int i = 1; i <= pupils; i++) {
                char letterOf = (char) ('А' + i - 1);
                roster.append("\nСемейная")
                        .append(letterOf)
                        .append(";Вера;Ивановна;0")
                        .append(i)
                        .append(".03.2014;Семейный")
                        .append(letterOf)
                        .append(";Иван;")
                        .append(prefix)
                        .append(".parent")
                        .append(i)
                        .append("@example.org");
            }
            imported(classId, roster.toString(), pupils);
            List<Member> children = new ArrayList<>();
            List<Member> parents = new ArrayList<>();
            for (JsonObject person :
                    classTeacher
                            .client()
                            .get("/classes/" + classId + "/family-access")
                            .object()
                            .getJsonArray("people")
                            .getValuesAs(JsonObject.class)) {
                boolean guardian = person.containsKey("guardianId") && !person.isNull("guardianId");
                long id = person.getJsonNumber(guardian ? "guardianId" : "pupilId").longValue();
                Slips.Access access =
                        Slips.issue(classTeacher.client(), classId, (guardian ? "g" : "p") + id);
                (guardian ? parents : children)
                        .add(
                                new Member(
                                        id,
                                        access.login(),
                                        ApiClient.firstSignIn(
                                                base, access.login(), access.password())));
            }
            return new Family(classId, classTeacher, List.copyOf(children), List.copyOf(parents));
        }

        /**
         * The roster (CSV) imported into the class by the school's administrator, waiting for the
         * batch job to finish with every row written.
         */
        private void imported(long classId, String csv, int rows) {
            ApiClient.Reply started =
                    admin.post(
                            "/imports?classId=" + classId + "&fileName=roster.csv",
                            "text/csv",
                            csv.getBytes(java.nio.charset.StandardCharsets.UTF_8));
            check(started, 202);
            String status = "/imports/" + started.object().getJsonNumber("importId").longValue();
            long deadline = System.nanoTime() + java.time.Duration.ofSeconds(60).toNanos();
            JsonObject job = started.object();
            while (java.util.Set.of("STARTING", "STARTED", "STOPPING")
                            .contains(job.getString("state"))
                    && System.nanoTime() < deadline) {
                try {
                    Thread.sleep(100);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException(e);
                }
                job = admin.get(status).object();
            }
            if (!"COMPLETED".equals(job.getString("state")) || job.getInt("rowsWritten") != rows) {
                throw new AssertionError("the roster was not imported: " + job);
            }
        }

        /** A pupil arriving in the class on the date, recorded by the head; the pupil's id. */
        public long pupil(long classId, String lastName, LocalDate from) {
            return pupil(classId, lastName, from, from.minusYears(11));
        }

        /** As {@link #pupil(long, String, LocalDate)}, born on the date. */
        public long pupil(long classId, String lastName, LocalDate from, LocalDate born) {
            ApiClient.Reply arrived =
                    head.post(
                            "/pupils/arrivals",
                            new Arrival(lastName, "Иван", null, born, classId, from, null));
            if (arrived.status() != 201) {
                throw new AssertionError("the pupil did not arrive: " + arrived);
            }
            return arrived.object().getJsonNumber("pupilId").longValue();
        }
    }

    /** A member of a school's staff, signed in. */
    public record Member(long id, String login, ApiClient client) {}

    /**
     * A journal of a school's own: its id, its class's grade, the class, its teacher, its pupils.
     */
    public record Journal(
            long assignmentId, int grade, long classId, Member teacher, List<Long> pupils) {}

    /** The year (its start, 2026 for 2026/27) today is in: a year starts in the summer's end. */
    static int currentStartYear() {
        LocalDate today = LocalDate.now();
        return today.getMonthValue() >= 6 ? today.getYear() : today.getYear() - 1;
    }

    /**
     * A class with its homeroom teacher, its pupils and their parents, each signed in with a
     * password of its own ({@link Member#id()}: the pupil's or the guardian's id).
     */
    public record Family(
            long classId, Member classTeacher, List<Member> pupils, List<Member> parents) {}

    private static byte[] none() {
        return new byte[0];
    }

    private static void check(ApiClient.Reply reply, int... expected) {
        for (int status : expected) {
            if (reply.status() == status) {
                return;
            }
        }
        throw new AssertionError("the fixture was refused: " + reply);
    }
}
