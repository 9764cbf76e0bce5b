package org.schooljournal.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.net.URL;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.schooljournal.testing.ApiClient;
import org.schooljournal.testing.Bodies.Plan;
import org.schooljournal.testing.Bodies.PlanHoliday;
import org.schooljournal.testing.Bodies.PlanPeriod;
import org.schooljournal.testing.Bodies.TimetableSlot;
import org.schooljournal.testing.Demo;
import org.schooljournal.testing.SharedServer;

/**
 * School year setup on Payara Micro with PostgreSQL, through the API as the deputy head: the year
 * plan, the timetable and lesson generation, and that another school's deputy touches none of it.
 */
class SchoolYearIT {

    final URL base = SharedServer.url();

    private ApiClient as(String login) {
        return ApiClient.as(base.toString(), login, Demo.PASSWORD);
    }

    private long classId(ApiClient who, String title) {
        return who.get("/classes").array().getValuesAs(JsonObject.class).stream()
                .filter(c -> c.getString("title").equals(title))
                .findFirst()
                .orElseThrow()
                .getJsonNumber("id")
                .longValue();
    }

    private long assignment(ApiClient who, long classId, String subject) {
        return who
                .get("/timetable/classes/" + classId)
                .object()
                .getJsonArray("choices")
                .getValuesAs(JsonObject.class)
                .stream()
                .filter(c -> c.getString("subject").equals(subject))
                .findFirst()
                .orElseThrow()
                .getJsonNumber("assignmentId")
                .longValue();
    }

    @Test
    @DisplayName(
            "R-S11 R-S02 lessons are generated from the timetable on study days only, idempotently; a double-booked teacher is refused")
    void timetableAndGeneration() {
        ApiClient deputy = as("s1.deputy");
        long sixthA = classId(deputy, "6 «А»");
        long ninthA = classId(deputy, "9 «А»");
        long russian = assignment(deputy, sixthA, "Русский язык");

        // the 8th lesson: the demo's timetable fills the 1st to the 6th
        var placed =
                deputy.put(
                        "/timetable/classes/" + sixthA + "/slots/3/8",
                        new TimetableSlot(russian, "305"));
        assertThat(placed.status()).as(placed.toString()).isEqualTo(200);
        var sameRoom =
                deputy.put(
                        "/timetable/classes/" + ninthA + "/slots/3/8",
                        new TimetableSlot(assignment(deputy, ninthA, "Физика"), "305"));
        assertThat(sameRoom.status()).isEqualTo(409);
        assertThat(sameRoom.object().getString("detail")).contains("Кабинет 305", "среду", "6 «А»");

        // Wednesdays from 23 Dec to 20 Jan: 23 Dec, then winter holidays until 11 Jan, then 13 and
        // 20 Jan.
        var first =
                deputy.post(
                        "/timetable/lessons?classId=" + sixthA + "&from=2026-12-21&to=2027-01-20",
                        "application/json",
                        new byte[0]);
        var second =
                deputy.post(
                        "/timetable/lessons?classId=" + sixthA + "&from=2026-12-21&to=2027-01-20",
                        "application/json",
                        new byte[0]);

        assertThat(first.status()).as(first.toString()).isEqualTo(200);
        assertThat(first.object().getInt("created")).isEqualTo(4);
        assertThat(second.object().getInt("created")).isZero();
        // the demo's lessons of the other slots are kept as they are
        assertThat(second.object().getInt("kept")).isEqualTo(first.object().getInt("kept") + 4);
    }

    @Test
    @DisplayName(
            "R-S10 R-S11 a six-day class takes Saturday lessons, a five-day one refuses them; the class's lessons export as ICS")
    void weekDaysAndIcs() {
        ApiClient deputy = as("s1.deputy");
        long ninthA = classId(deputy, "9 «А»");
        long algebra = assignment(deputy, ninthA, "Алгебра");
        String saturday = "/timetable/classes/" + ninthA + "/slots/6/1";

        var refused = deputy.put(saturday, TimetableSlot.of(algebra));
        var sixDays = deputy.put("/timetable/classes/" + ninthA + "/week-days", "6");
        var accepted = deputy.put(saturday, TimetableSlot.of(algebra));
        var backToFive = deputy.put("/timetable/classes/" + ninthA + "/week-days", "5");

        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.object().getString("detail")).contains("9 «А»", "субботу");
        assertThat(sixDays.status()).as(sixDays.toString()).isEqualTo(200);
        assertThat(accepted.status()).as(accepted.toString()).isEqualTo(200);
        assertThat(backToFive.status()).isEqualTo(409);

        var generated =
                deputy.post(
                        "/timetable/lessons?classId=" + ninthA + "&from=2027-01-18&to=2027-01-24",
                        "application/json",
                        new byte[0]);
        assertThat(generated.object().getInt("created")).isEqualTo(1);
        var ics =
                deputy.get(
                        "/timetable/classes/"
                                + ninthA
                                + "/calendar.ics?from=2027-01-18&to=2027-01-24",
                        "text/calendar");
        assertThat(ics.status()).as(ics.toString()).isEqualTo(200);
        assertThat(ics.contentType()).startsWith("text/calendar");
        assertThat(ics.body().replace("\r\n ", ""))
                .contains(
                        "BEGIN:VEVENT",
                        "DTSTART;TZID=Europe/Moscow:20270123T083000",
                        "SUMMARY:1. Алгебра");
    }

    @Test
    @DisplayName("R-S11 a teacher sees its own week and exports its lessons as ICS")
    void teachersOwnWeek() {
        ApiClient deputy = as("s1.deputy");
        long fifthA = classId(deputy, "5 «А»");
        long maths = assignment(deputy, fifthA, "Математика");
        var placed =
                deputy.put(
                        "/timetable/classes/" + fifthA + "/slots/4/8",
                        new TimetableSlot(maths, "214"));
        assertThat(placed.status()).as(placed.toString()).isEqualTo(200);

        var week = as(Demo.TEACHER).get("/timetable/mine");
        deputy.post(
                "/timetable/lessons?classId=" + fifthA + "&from=2027-01-18&to=2027-01-24",
                "application/json",
                new byte[0]);
        var ics =
                as(Demo.TEACHER)
                        .get(
                                "/timetable/mine/calendar.ics?from=2027-01-18&to=2027-01-24",
                                "text/calendar");

        assertThat(week.status()).isEqualTo(200);
        assertThat(week.object().getJsonObject("slots").getString("4:8"))
                .contains("5 «А»", "Математика", "214");
        assertThat(
                        as("s1.teacher2")
                                .get("/timetable/mine")
                                .object()
                                .getJsonObject("slots")
                                .containsKey("4:8"))
                .isFalse();
        assertThat(ics.status()).as(ics.toString()).isEqualTo(200);
        assertThat(ics.body().replace("\r\n ", ""))
                .contains(
                        "DTSTART;TZID=Europe/Moscow:20270121T144000",
                        "SUMMARY:8. 5 «А» · Математика");
    }

    /** A quarter of grades 1 to 9. */
    private static PlanPeriod quarter(int number, String startsOn, String endsOn) {
        return new PlanPeriod(
                "QUARTER", number, 1, 9, LocalDate.parse(startsOn), LocalDate.parse(endsOn));
    }

    /** Holidays of every grade. */
    private static PlanHoliday holidays(String name, String startsOn, String endsOn) {
        return new PlanHoliday(
                "HOLIDAYS", name, 1, 11, LocalDate.parse(startsOn), LocalDate.parse(endsOn));
    }

    @Test
    @DisplayName(
            "R-S01 an overlapping year plan is refused naming the periods, and nothing is saved")
    void overlappingPlanRefused() {
        ApiClient deputy = as("s1.deputy");
        JsonObject year = deputy.get("/calendar/years").array().getJsonObject(0);
        long id = year.getJsonNumber("id").longValue();
        // the 2nd quarter starts before the 1st ends
        Plan plan =
                new Plan(
                        List.of(
                                quarter(1, "2026-09-01", "2026-11-10"),
                                quarter(2, "2026-11-05", "2026-12-30"),
                                quarter(3, "2027-01-12", "2027-03-20"),
                                quarter(4, "2027-03-30", "2027-05-31")),
                        List.of(
                                holidays("Зимние", "2026-12-31", "2027-01-11"),
                                holidays("Весенние", "2027-03-21", "2027-03-29")));

        var refused = deputy.put("/calendar/years/" + id + "/plan", plan);

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.object().getString("detail")).contains("1-я четверть", "2-я четверть");
        assertThat(deputy.get("/calendar/years/" + id).object().getJsonArray("periods").size())
                .isEqualTo(year.getJsonArray("periods").size());
    }

    @Test
    @DisplayName(
            "R-T01 a deputy of another school cannot read or change this school's setup; a teacher cannot change it")
    void otherSchoolRefused() {
        long fifthA = classId(as("s1.deputy"), "5 «А»");
        long yearId =
                as("s1.deputy")
                        .get("/calendar/years")
                        .array()
                        .getJsonObject(0)
                        .getJsonNumber("id")
                        .longValue();

        assertThat(as("s2.deputy").get("/timetable/classes/" + fifthA).status()).isEqualTo(404);
        assertThat(
                        as("s2.deputy")
                                .put(
                                        "/timetable/classes/" + fifthA + "/slots/1/1",
                                        TimetableSlot.of(null))
                                .status())
                .isEqualTo(404);
        assertThat(
                        as("s2.deputy")
                                .post(
                                        "/timetable/lessons?classId="
                                                + fifthA
                                                + "&from=2026-12-21&to=2026-12-25",
                                        "application/json",
                                        new byte[0])
                                .status())
                .isEqualTo(404);
        assertThat(as("s2.deputy").get("/calendar/years/" + yearId).status()).isEqualTo(404);
        assertThat(
                        as(Demo.TEACHER)
                                .put(
                                        "/timetable/classes/" + fifthA + "/slots/1/1",
                                        TimetableSlot.of(null))
                                .status())
                .isEqualTo(403);
    }
}
