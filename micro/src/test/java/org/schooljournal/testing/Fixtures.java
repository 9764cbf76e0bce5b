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
            LocalDate today = LocalDate.now();
            int startYear = today.getMonthValue() >= 6 ? today.getYear() : today.getYear() - 1;
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
                ids.add(pupil(classId, "Ученик" + (char) ('А' + i - 1), firstDay));
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
            return new Journal(assignmentId, classId, teacher, List.copyOf(ids));
        }

        /** A class of the grade with the letter, created by the head; its id. */
        public long schoolClass(int grade, String letter) {
            ApiClient.Reply created = head.post("/classes", new NewClass(grade, letter, null));
            if (created.status() != 201) {
                throw new AssertionError("the class was not created: " + created);
            }
            return created.object().getJsonNumber("id").longValue();
        }

        /** A pupil arriving in the class on the date, recorded by the head; the pupil's id. */
        public long pupil(long classId, String lastName, LocalDate from) {
            ApiClient.Reply arrived =
                    head.post(
                            "/pupils/arrivals",
                            new Arrival(
                                    lastName,
                                    "Иван",
                                    null,
                                    from.minusYears(11),
                                    classId,
                                    from,
                                    null));
            if (arrived.status() != 201) {
                throw new AssertionError("the pupil did not arrive: " + arrived);
            }
            return arrived.object().getJsonNumber("pupilId").longValue();
        }
    }

    /** A member of a school's staff, signed in. */
    public record Member(long id, String login, ApiClient client) {}

    /** A journal of a school's own: its id, its class, its teacher and its pupils. */
    public record Journal(long assignmentId, long classId, Member teacher, List<Long> pupils) {}

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
