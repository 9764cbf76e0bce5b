package org.schooljournal.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.math.BigDecimal;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.schooljournal.testing.ApiClient;
import org.schooljournal.testing.Bodies.Hours;
import org.schooljournal.testing.Demo;
import org.schooljournal.testing.SharedServer;

/**
 * The curriculum (учебный план) and the teaching load on Payara Micro with PostgreSQL, through the
 * API: the deputy head of School 1 sets the hours of grade 5 and of its assignments, an assignment
 * above the curriculum is refused naming the class and subject, a teacher only reads, and another
 * school's deputy sees none of it. Every value is set by the test itself, so re-runs on the same
 * database pass.
 */
class CurriculumIT {

    final URL base = SharedServer.url();

    private ApiClient as(String login) {
        return ApiClient.as(base.toString(), login, Demo.PASSWORD);
    }

    private static long id(JsonObject o) {
        return o.getJsonNumber("id").longValue();
    }

    private static BigDecimal hours(JsonObject o, String name) {
        return o.isNull(name) ? null : o.getJsonNumber(name).bigDecimalValue();
    }

    private static long subjectId(ApiClient who, String name) {
        return who.get("/subjects").array().getValuesAs(JsonObject.class).stream()
                .filter(s -> s.getString("name").equals(name))
                .findFirst()
                .map(CurriculumIT::id)
                .orElseThrow(() -> new AssertionError("no subject " + name));
    }

    private static JsonObject load(ApiClient who) {
        var reply = who.get("/curriculum/load");
        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
        return reply.object();
    }

    private static List<JsonObject> list(JsonObject load, String name) {
        return load.getJsonArray(name).getValuesAs(JsonObject.class);
    }

    private static JsonObject assignment(JsonObject load, String classTitle, String subject) {
        return list(load, "assignments").stream()
                .filter(a -> a.getString("classTitle").equals(classTitle))
                .filter(a -> a.getString("subjectName").equals(subject))
                .findFirst()
                .orElseThrow(
                        () -> new AssertionError("no assignment " + classTitle + " " + subject));
    }

    private static JsonObject classSubject(JsonObject load, String classTitle, String subject) {
        return list(load, "classSubjects").stream()
                .filter(c -> c.getString("classTitle").equals(classTitle))
                .filter(c -> c.getString("subjectName").equals(subject))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no row " + classTitle + " " + subject));
    }

    private static Hours hoursJson(String hours) {
        return Hours.of(hours);
    }

    @Test
    @DisplayName(
            "R-S08 the curriculum of grade 5 bounds the load: 5 «А» Математика gets 5 h of 5, 6 h are refused naming class and subject; the load shows the teacher's total and the unassigned hours")
    void curriculumBoundsTheLoad() {
        ApiClient deputy = as("s1.deputy");
        deputy.post("/subjects/federal", "application/json", "".getBytes(StandardCharsets.UTF_8));
        long maths = subjectId(deputy, "Математика");
        long russian = subjectId(deputy, "Русский язык");

        var planned = deputy.put("/curriculum/grades/5/subjects/" + maths, hoursJson("5"));
        var russianPlanned =
                deputy.put("/curriculum/grades/5/subjects/" + russian, hoursJson("4.5"));

        assertThat(planned.status()).as(planned.toString()).isEqualTo(200);
        assertThat(hours(planned.object(), "hours")).isEqualByComparingTo("5");
        assertThat(russianPlanned.status()).as(russianPlanned.toString()).isEqualTo(200);
        assertThat(deputy.get("/curriculum?grade=5").array().getValuesAs(JsonObject.class))
                .filteredOn(l -> l.getString("subjectName").equals("Математика"))
                .singleElement()
                .satisfies(l -> assertThat(hours(l, "hours")).isEqualByComparingTo("5"));
        assertThat(deputy.put("/curriculum/grades/5/subjects/" + maths, hoursJson("0")).status())
                .isEqualTo(400);

        JsonObject fifthAMaths = assignment(load(deputy), "5 «А»", "Математика");
        long assignmentId = id(fifthAMaths);
        long teacherId = fifthAMaths.getJsonNumber("teacherId").longValue();

        var five = deputy.put("/curriculum/assignments/" + assignmentId + "/hours", hoursJson("5"));
        var six = deputy.put("/curriculum/assignments/" + assignmentId + "/hours", hoursJson("6"));

        assertThat(five.status()).as(five.toString()).isEqualTo(200);
        assertThat(hours(five.object(), "hours")).isEqualByComparingTo("5");
        assertThat(six.status()).as(six.toString()).isEqualTo(409);
        assertThat(six.object().getString("detail")).contains("5 «А»", "Математика", "6", "5");

        // a subject of the plan whose assignment (if any) has no hours: all of it is unassigned
        JsonObject before = load(deputy);
        list(before, "assignments").stream()
                .filter(a -> a.getString("classTitle").equals("5 «Б»"))
                .filter(a -> a.getString("subjectName").equals("Русский язык"))
                .forEach(
                        a ->
                                deputy.put(
                                        "/curriculum/assignments/" + id(a) + "/hours",
                                        new Hours(null)));
        JsonObject after = load(deputy);

        JsonObject mathsRow = classSubject(after, "5 «А»", "Математика");
        assertThat(hours(mathsRow, "planned")).isEqualByComparingTo("5");
        assertThat(hours(mathsRow, "assigned")).isEqualByComparingTo("5");
        assertThat(hours(mathsRow, "unassigned")).isEqualByComparingTo("0");
        assertThat(mathsRow.getBoolean("over")).isFalse();
        JsonObject russianRow = classSubject(after, "5 «Б»", "Русский язык");
        assertThat(hours(russianRow, "planned")).isEqualByComparingTo("4.5");
        assertThat(hours(russianRow, "assigned")).isEqualByComparingTo("0");
        assertThat(hours(russianRow, "unassigned")).isEqualByComparingTo("4.5");
        // s1.teacher1 teaches Математика in 5 «А» (the demo data): its total holds the 5 h
        assertThat(list(after, "teachers"))
                .filteredOn(t -> t.getJsonNumber("teacherId").longValue() == teacherId)
                .singleElement()
                .satisfies(
                        t ->
                                assertThat(hours(t, "hours"))
                                        .isGreaterThanOrEqualTo(new BigDecimal("5")));
        assertThat(as(Demo.TEACHER).get("/journals").body()).contains("Математика");
    }

    @Test
    @DisplayName(
            "R-S08 R-T01 R-A01 another school's deputy sees none of School 1's load and cannot set its assignments' hours (404); the staff group reads the plan (a teacher, the school's administrator), a parent does not, and a teacher cannot change it (403)")
    void isolationAndAccess() {
        ApiClient deputy = as("s1.deputy");
        long maths = subjectId(deputy, "Математика");
        deputy.put("/curriculum/grades/5/subjects/" + maths, hoursJson("5"));
        JsonObject schoolOne = load(deputy);
        Set<Long> schoolOneTeachers =
                list(schoolOne, "teachers").stream()
                        .map(t -> t.getJsonNumber("teacherId").longValue())
                        .collect(Collectors.toSet());
        Set<Long> schoolOneAssignments =
                list(schoolOne, "assignments").stream()
                        .map(CurriculumIT::id)
                        .collect(Collectors.toSet());
        long assignmentId = id(assignment(schoolOne, "5 «А»", "Математика"));
        assertThat(schoolOneTeachers).isNotEmpty();

        ApiClient other = as("s2.deputy");
        JsonObject schoolTwo = load(other);

        assertThat(list(schoolTwo, "teachers"))
                .extracting(t -> t.getJsonNumber("teacherId").longValue())
                .doesNotContainAnyElementsOf(schoolOneTeachers);
        assertThat(list(schoolTwo, "assignments"))
                .extracting(CurriculumIT::id)
                .doesNotContainAnyElementsOf(schoolOneAssignments);
        assertThat(
                        other.put(
                                        "/curriculum/assignments/" + assignmentId + "/hours",
                                        hoursJson("1"))
                                .status())
                .isEqualTo(404);
        assertThat(other.put("/curriculum/grades/5/subjects/" + maths, hoursJson("1")).status())
                .isEqualTo(404);

        ApiClient teacher = as(Demo.TEACHER);
        var read = teacher.get("/curriculum?grade=5");
        assertThat(read.status()).as(read.toString()).isEqualTo(200);
        assertThat(read.array().getValuesAs(JsonObject.class))
                .extracting(l -> l.getString("subjectName"))
                .contains("Математика");
        long lineId =
                read.array().getValuesAs(JsonObject.class).stream()
                        .filter(l -> l.getString("subjectName").equals("Математика"))
                        .findFirst()
                        .map(CurriculumIT::id)
                        .orElseThrow();
        // Curriculum.lines is @RolesAllowed(Role.STAFF): the group the identity store adds
        assertThat(as(Demo.SCHOOL_ADMIN).get("/curriculum?grade=5").status()).isEqualTo(200);
        assertThat(as(Demo.PARENT).get("/curriculum?grade=5").status()).isEqualTo(403);
        assertThat(as(Demo.PARENT).get("/curriculum/load").status()).isEqualTo(403);
        assertThat(teacher.put("/curriculum/grades/5/subjects/" + maths, hoursJson("1")).status())
                .isEqualTo(403);
        assertThat(teacher.delete("/curriculum/lines/" + lineId).status()).isEqualTo(403);
        assertThat(
                        teacher.put(
                                        "/curriculum/assignments/" + assignmentId + "/hours",
                                        hoursJson("1"))
                                .status())
                .isEqualTo(403);
        assertThat(deputy.get("/curriculum?grade=5").array().getValuesAs(JsonObject.class))
                .filteredOn(l -> l.getString("subjectName").equals("Математика"))
                .singleElement()
                .satisfies(l -> assertThat(hours(l, "hours")).isEqualByComparingTo("5"));
    }
}
