package org.schooljournal.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.math.BigDecimal;
import java.net.URL;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.schooljournal.testing.ApiClient;
import org.schooljournal.testing.Bodies.Assignment;
import org.schooljournal.testing.Bodies.Group;
import org.schooljournal.testing.Bodies.Mark;
import org.schooljournal.testing.Bodies.Members;
import org.schooljournal.testing.Bodies.PlanLine;
import org.schooljournal.testing.Bodies.Split;
import org.schooljournal.testing.Bodies.TimetableSlot;
import org.schooljournal.testing.Demo;
import org.schooljournal.testing.SharedServer;

/**
 * Study groups, streams and individual plans (R-S06, R-S07) on Payara Micro with PostgreSQL,
 * through the API as the deputy head. 5 «А» is split for English and taught on Friday, lesson 8, in
 * two groups side by side; lessons are generated for 8–14 February 2027, a range and slot no other
 * test uses.
 */
class StudyGroupsIT {
    private static final String FRIDAY_8 = "/slots/5/8";

    final URL base = SharedServer.url();

    private ApiClient as(String login) {
        return ApiClient.as(base.toString(), login, Demo.PASSWORD);
    }

    /** The id of what a POST created, failing with the reply when it did not create. */
    private static long created(ApiClient.Reply reply) {
        assertThat(reply.status()).as(reply.toString()).isEqualTo(201);
        return id(reply.object());
    }

    private static long id(JsonObject o) {
        return o.getJsonNumber("id").longValue();
    }

    private long classId(ApiClient who, String title) {
        return id(
                who.get("/classes").array().getValuesAs(JsonObject.class).stream()
                        .filter(c -> c.getString("title").equals(title))
                        .findFirst()
                        .orElseThrow());
    }

    private long subjectId(ApiClient who, String name) {
        return id(
                who.get("/subjects").array().getValuesAs(JsonObject.class).stream()
                        .filter(s -> s.getString("name").equals(name))
                        .findFirst()
                        .orElseThrow());
    }

    /** Teachers not used by the other tests' timetables: the last ones of the staff list. */
    private List<Long> spareTeachers(ApiClient who) {
        List<Long> teachers =
                who.get("/staff").array().getValuesAs(JsonObject.class).stream()
                        .filter(s -> s.getJsonArray("roles").toString().contains("\"teacher\""))
                        .filter(s -> !s.getString("login", "").matches("s1\\.teacher[12]"))
                        .map(StudyGroupsIT::id)
                        .toList();
        return teachers.subList(teachers.size() - 3, teachers.size());
    }

    private static long[] members(JsonObject group) {
        return group.getJsonArray("members").getValuesAs(JsonObject.class).stream()
                .mapToLong(m -> m.getJsonNumber("pupilId").longValue())
                .toArray();
    }

    @Test
    @DisplayName(
            "R-S06 a class split into two groups: both groups' lessons stand in one slot, each journal lists only its members, a non-member's mark is refused")
    void splitClass() {
        ApiClient deputy = as("s1.deputy");
        long fifthA = classId(deputy, "5 «А»");
        long english = subjectId(deputy, "Английский язык");
        List<Long> teachers = spareTeachers(deputy);

        var split = deputy.post("/groups/split", new Split(fifthA, "Английский", 2));
        assertThat(split.status()).as(split.toString()).isEqualTo(200);
        JsonObject first = split.array().getJsonObject(0);
        JsonObject second = split.array().getJsonObject(1);
        assertThat(first.getString("name")).isEqualTo("Английский, гр. 1");
        long[] firstMembers = members(first);
        long[] secondMembers = members(second);
        assertThat(firstMembers.length + secondMembers.length)
                .isEqualTo(deputy.get("/pupils?classId=" + fifthA).array().size());
        assertThat(Math.abs(firstMembers.length - secondMembers.length)).isLessThanOrEqualTo(1);

        long a1 =
                created(
                        deputy.post(
                                "/assignments",
                                new Assignment(teachers.get(0), english, null, id(first))));
        var twice =
                deputy.post(
                        "/assignments", new Assignment(teachers.get(1), english, null, id(first)));
        assertThat(twice.status()).isEqualTo(409);
        assertThat(twice.object().getString("detail")).contains("Английский язык", "гр. 1");
        long a2 =
                created(
                        deputy.post(
                                "/assignments",
                                new Assignment(teachers.get(1), english, null, id(second))));

        String slot = "/timetable/classes/" + fifthA + FRIDAY_8;
        assertThat(deputy.put(slot, TimetableSlot.of(a1)).status()).isEqualTo(200);
        var both = deputy.put(slot, TimetableSlot.of(a2));
        assertThat(both.status()).as(both.toString()).isEqualTo(200);
        assertThat(both.object().getJsonObject("cells").getJsonArray("5:8")).hasSize(2);

        var generated =
                deputy.post(
                        "/timetable/lessons?classId=" + fifthA + "&from=2027-02-08&to=2027-02-14",
                        "application/json",
                        new byte[0]);
        assertThat(generated.status()).as(generated.toString()).isEqualTo(200);

        // the head reads every journal: the first group's lists only its members
        var page = as("s1.head").get("/journals/" + a1 + "?month=2027-02");
        assertThat(page.status()).as(page.toString()).isEqualTo(200);
        assertThat(page.object().getString("classTitle")).contains("5 «А»", "гр. 1");
        assertThat(
                        page.object().getJsonArray("pupils").getValuesAs(JsonObject.class).stream()
                                .mapToLong(p -> p.getJsonNumber("id").longValue())
                                .toArray())
                .containsExactlyInAnyOrder(firstMembers);
        long lesson =
                page.object()
                        .getJsonArray("lessons")
                        .getJsonObject(0)
                        .getJsonNumber("id")
                        .longValue();
        assertThat(page.object().getJsonArray("lessons").getJsonObject(0).getString("date"))
                .isEqualTo("2027-02-12");

        // a pupil of the other group is refused in this group's lesson, whatever the date
        String teacherLogin =
                deputy.get("/staff").array().getValuesAs(JsonObject.class).stream()
                        .filter(s -> id(s) == teachers.get(0))
                        .findFirst()
                        .orElseThrow()
                        .getString("login");
        var refused =
                as(teacherLogin)
                        .put(
                                "/lessons/" + lesson + "/marks/" + secondMembers[0],
                                new Mark("5", "ANSWER", ""));
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.object().getString("detail")).contains("не входит в группу", "гр. 1");
        assertThat(
                        as(teacherLogin)
                                .get("/journals")
                                .array()
                                .getValuesAs(JsonObject.class)
                                .stream()
                                .anyMatch(j -> j.getJsonNumber("assignmentId").longValue() == a1))
                .isTrue();
    }

    @Test
    @DisplayName(
            "R-S06 a stream takes pupils of several classes; its lesson is refused where one of its pupils is already taught")
    void streamAcrossClasses() {
        ApiClient deputy = as("s1.deputy");
        long fifthA = classId(deputy, "5 «А»");
        long fifthB = classId(deputy, "5 «Б»");
        long fromA = id(deputy.get("/pupils?classId=" + fifthA).array().getJsonObject(2));
        long fromB = id(deputy.get("/pupils?classId=" + fifthB).array().getJsonObject(2));
        List<Long> teachers = spareTeachers(deputy);

        var stream = deputy.post("/groups", new Group("Робототехника (5-е)", null, 5));
        assertThat(stream.status()).as(stream.toString()).isEqualTo(201);
        long streamId = id(stream.object());
        var members =
                deputy.put("/groups/" + streamId + "/members", new Members(Set.of(fromA, fromB)));
        assertThat(members.status()).as(members.toString()).isEqualTo(200);
        assertThat(members.object().getJsonArray("members").toString()).contains("5 «А»", "5 «Б»");
        long robotics = subjectId(deputy, "Технология");
        long assignment =
                created(
                        deputy.post(
                                "/assignments",
                                new Assignment(teachers.get(2), robotics, null, streamId)));

        // 5 «Б» has a whole-class lesson on Monday, lesson 8; its pupil in the stream is busy
        long fifthBChoice =
                deputy
                        .get("/timetable/classes/" + fifthB)
                        .object()
                        .getJsonArray("choices")
                        .getValuesAs(JsonObject.class)
                        .stream()
                        .filter(c -> !c.containsKey("group"))
                        .findFirst()
                        .orElseThrow()
                        .getJsonNumber("assignmentId")
                        .longValue();
        assertThat(
                        deputy.put(
                                        "/timetable/classes/" + fifthB + "/slots/1/8",
                                        TimetableSlot.of(fifthBChoice))
                                .status())
                .isEqualTo(200);
        var clash =
                deputy.put(
                        "/timetable/classes/" + fifthA + "/slots/1/8",
                        TimetableSlot.of(assignment));
        assertThat(clash.status()).isEqualTo(409);
        assertThat(clash.object().getString("detail"))
                .contains("Робототехника (5-е)", "понедельник", "5 «Б»");

        // on Tuesday, lesson 8, the stream stands in both classes' weeks
        assertThat(
                        deputy.put(
                                        "/timetable/classes/" + fifthA + "/slots/2/8",
                                        TimetableSlot.of(assignment))
                                .status())
                .isEqualTo(200);
        assertThat(
                        deputy.get("/timetable/classes/" + fifthB)
                                .object()
                                .getJsonObject("cells")
                                .getJsonArray("2:8")
                                .getJsonObject(0)
                                .getString("group"))
                .isEqualTo("Робототехника (5-е)");

        // generated with 5 «А», the stream's lesson is in its teacher's calendar at the main bells
        deputy.post(
                "/timetable/lessons?classId=" + fifthA + "&from=2027-02-15&to=2027-02-21",
                "application/json",
                new byte[0]);
        var ics =
                deputy.get(
                        "/timetable/teachers/"
                                + teachers.get(2)
                                + "/calendar.ics?from=2027-02-15&to=2027-02-21",
                        "text/calendar");
        assertThat(ics.status()).as(ics.toString()).isEqualTo(200);
        assertThat(ics.body().replace("\r\n ", ""))
                .contains(
                        "SUMMARY:8. Робототехника (5-е) · Технология",
                        "DTSTART;TZID=Europe/Moscow:20270216T");
        deputy.put("/timetable/classes/" + fifthB + "/slots/1/8", TimetableSlot.of(null));
    }

    @Test
    @DisplayName(
            "R-S07 an individual plan takes a subject out of the class journal and gives the pupil its own group; a plan without hours is refused")
    void individualPlan() {
        ApiClient deputy = as("s1.deputy");
        long sixthA = classId(deputy, "6 «А»");
        long pupil = id(deputy.get("/pupils?classId=" + sixthA).array().getJsonObject(0));
        long music = subjectId(deputy, "Музыка");
        long maths = subjectId(deputy, "Математика");

        var noHours =
                deputy.put(
                        "/individual-plans", new PlanLine(pupil, maths, "INDIVIDUAL", null, null));
        assertThat(noHours.status()).isEqualTo(400);
        assertThat(noHours.object().getString("detail")).contains("Математика", "часы");
        assertThat(deputy.get("/individual-plans").array().toString())
                .doesNotContain("\"pupilId\":" + pupil + ",");

        var individual =
                deputy.put(
                        "/individual-plans",
                        new PlanLine(
                                pupil,
                                maths,
                                "INDIVIDUAL",
                                BigDecimal.valueOf(2),
                                "надомное обучение"));
        assertThat(individual.status()).as(individual.toString()).isEqualTo(200);
        long groupId = individual.object().getJsonNumber("groupId").longValue();
        var group = deputy.get("/groups/" + groupId).object();
        assertThat(group.getString("kind")).isEqualTo("INDIVIDUAL");
        assertThat(members(group)).containsExactly(pupil);
        var notStudied =
                deputy.put(
                        "/individual-plans", new PlanLine(pupil, music, "NOT_STUDIED", null, null));
        assertThat(notStudied.status()).isEqualTo(200);

        // the class's maths and music journals no longer list the pupil
        for (String subject : List.of("Математика", "Музыка")) {
            long journal =
                    as("s1.head").get("/journals").array().getValuesAs(JsonObject.class).stream()
                            .filter(j -> j.getString("classTitle").equals("6 «А»"))
                            .filter(j -> j.getString("subject").equals(subject))
                            .findFirst()
                            .orElseThrow()
                            .getJsonNumber("assignmentId")
                            .longValue();
            assertThat(
                            as("s1.head")
                                    .get("/journals/" + journal + "?month=2026-11")
                                    .object()
                                    .getJsonArray("pupils")
                                    .getValuesAs(JsonObject.class)
                                    .stream()
                                    .map(StudyGroupsIT::id)
                                    .toList())
                    .as(subject)
                    .isNotEmpty()
                    .doesNotContain(pupil);
        }
    }

    @Test
    @DisplayName("R-T01 another school's deputy cannot see or change this school's groups")
    void otherSchoolRefused() {
        ApiClient deputy = as("s1.deputy");
        long fifthA = classId(deputy, "5 «А»");
        var group = deputy.post("/groups", new Group("Кружок шахмат", fifthA, null));
        long groupId = id(group.object());

        assertThat(as("s2.deputy").get("/groups/" + groupId).status()).isEqualTo(404);
        assertThat(as("s2.deputy").delete("/groups/" + groupId).status()).isEqualTo(404);
        assertThat(as(Demo.TEACHER).get("/groups").status()).isEqualTo(403);
        assertThat(deputy.delete("/groups/" + groupId).status()).isEqualTo(204);
    }
}
