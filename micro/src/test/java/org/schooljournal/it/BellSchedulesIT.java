package org.schooljournal.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.net.URL;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.schooljournal.testing.ApiClient;
import org.schooljournal.testing.Bodies.Bell;
import org.schooljournal.testing.Bodies.BellSchedule;
import org.schooljournal.testing.Bodies.Regime;
import org.schooljournal.testing.Demo;
import org.schooljournal.testing.Fixtures;
import org.schooljournal.testing.SharedServer;

/**
 * Bell schedules and class shifts (R-S10) on Payara Micro with PostgreSQL, through the API as the
 * deputy head: a second-shift schedule given to a class (of a school of the test's own) moves its
 * lessons in the class's calendar; broken bells are refused naming the lessons; another school and
 * a teacher change nothing. The database is shared by the test classes, so names are unique to the
 * run and the class is put back on the main schedule at the end.
 */
class BellSchedulesIT {
    private static final String RUN = Long.toString(System.nanoTime() % 2_000_000_000L, 36);

    /** The class of the school of the test's own (Fixtures) that goes to the second shift. */
    private static final String CLASS = "5 «Б»";

    final URL base = SharedServer.url();

    private ApiClient as(String login) {
        return ApiClient.as(base.toString(), login, Demo.PASSWORD);
    }

    private static long id(JsonObject o) {
        return o.getJsonNumber("id").longValue();
    }

    private static List<JsonObject> schedules(ApiClient who) {
        return who.get("/bell-schedules").array().getValuesAs(JsonObject.class);
    }

    private static long classId(ApiClient who, String title) {
        return who.get("/classes").array().getValuesAs(JsonObject.class).stream()
                .filter(c -> c.getString("title").equals(title))
                .findFirst()
                .orElseThrow()
                .getJsonNumber("id")
                .longValue();
    }

    /** A schedule of the lessons' starts and ends, in pairs: the 1st lesson's, the 2nd's … */
    private static BellSchedule schedule(String name, String... startsAndEnds) {
        List<Bell> periods = new ArrayList<>();
        for (int i = 0; i < startsAndEnds.length; i += 2) {
            periods.add(new Bell(i / 2 + 1, startsAndEnds[i], startsAndEnds[i + 1]));
        }
        return new BellSchedule(name, periods);
    }

    @Test
    @DisplayName(
            "R-S10 R-S11 a second-shift class follows its own bells: its calendar shows lessons from 14:00")
    void secondShiftInCalendar() {
        // a school of its own: its class has the 1st lesson of every weekday, and nothing else
        Fixtures.School school = Fixtures.school(base.toString(), "BellSchedulesIT");
        long classId = school.journal(5, "Б", 1).classId();
        ApiClient deputy = school.staff("Завучева", "deputy_head");
        var created =
                deputy.post(
                        "/bell-schedules",
                        schedule("Вторая смена " + RUN, "14:00", "14:40", "14:50", "15:30"));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        long scheduleId = id(created.object());
        assertThat(created.object().getInt("shift")).isEqualTo(2);

        var firstShiftBells = deputy.put("/bell-schedules/classes/" + classId, new Regime(2, null));
        assertThat(firstShiftBells.status()).as(firstShiftBells.toString()).isEqualTo(409);
        assertThat(firstShiftBells.object().getString("detail")).contains(CLASS, "08:30");

        var assigned = deputy.put("/bell-schedules/classes/" + classId, new Regime(2, scheduleId));
        assertThat(assigned.status()).as(assigned.toString()).isEqualTo(200);
        try {
            // the class's Friday lesson: the 1st, at the second shift's 14:00, no longer at 08:30
            var generated =
                    deputy.post(
                            "/timetable/lessons?classId="
                                    + classId
                                    + "&from=2027-02-01&to=2027-02-07",
                            "application/json",
                            new byte[0]);
            assertThat(generated.status()).as(generated.toString()).isEqualTo(200);

            var ics =
                    deputy.get(
                            "/timetable/classes/"
                                    + classId
                                    + "/calendar.ics?from=2027-02-05&to=2027-02-05",
                            "text/calendar");

            assertThat(ics.status()).as(ics.toString()).isEqualTo(200);
            assertThat(ics.body().replace("\r\n ", ""))
                    .contains(
                            "DTSTART;TZID=Europe/Moscow:20270205T140000",
                            "DTEND;TZID=Europe/Moscow:20270205T144000")
                    .doesNotContain("20270205T083000");
            var inUse = deputy.delete("/bell-schedules/" + scheduleId);
            assertThat(inUse.status()).isEqualTo(409);
            assertThat(inUse.object().getString("detail")).contains(CLASS);
        } finally {
            deputy.put("/bell-schedules/classes/" + classId, new Regime(1, null));
        }
        assertThat(deputy.delete("/bell-schedules/" + scheduleId).status()).isEqualTo(204);
    }

    @Test
    @DisplayName(
            "R-S10 overlapping bells are refused naming both lessons and their times, and nothing is stored")
    void overlapRefused() {
        ApiClient deputy = as("s1.deputy");
        String name = "Накладка " + RUN;

        var refused =
                deputy.post(
                        "/bell-schedules",
                        schedule(name, "08:30", "09:10", "09:20", "10:15", "10:10", "10:50"));

        assertThat(refused.status()).as(refused.toString()).isEqualTo(400);
        assertThat(refused.object().getString("detail"))
                .contains("Урок 3 (10:10–10:50)", "урок 2 (09:20–10:15)");
        assertThat(schedules(deputy)).noneMatch(s -> s.getString("name").equals(name));

        long mainId = id(schedules(deputy).get(0));
        var replaced =
                deputy.put(
                        "/bell-schedules/" + mainId,
                        schedule(name, "08:30", "09:10", "09:00", "09:40"));
        assertThat(replaced.status()).isEqualTo(400);
        JsonObject main = schedules(deputy).get(0);
        assertThat(main.getBoolean("main")).isTrue();
        assertThat(main.getString("name")).isNotEqualTo(name);
        assertThat(main.getJsonArray("periods")).hasSizeGreaterThan(2);
    }

    @Test
    @DisplayName(
            "R-S10 R-T01 another school's deputy gets 404 for a schedule, a teacher 403 for any change")
    void othersRefused() {
        ApiClient deputy = as("s1.deputy");
        var created =
                deputy.post(
                        "/bell-schedules",
                        schedule("Чужое " + RUN, "08:00", "08:45", "08:55", "09:40"));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        long scheduleId = id(created.object());
        long classId = classId(deputy, CLASS);

        assertThat(as("s2.deputy").delete("/bell-schedules/" + scheduleId).status()).isEqualTo(404);
        assertThat(
                        as("s2.deputy")
                                .put(
                                        "/bell-schedules/" + scheduleId,
                                        schedule("Взлом", "08:00", "08:45"))
                                .status())
                .isEqualTo(404);
        assertThat(
                        as("s2.deputy")
                                .put("/bell-schedules/classes/" + classId, new Regime(1, null))
                                .status())
                .isEqualTo(404);
        assertThat(as("s2.deputy").get("/bell-schedules").body()).doesNotContain("Чужое " + RUN);
        assertThat(as(Demo.TEACHER).get("/bell-schedules").status()).isEqualTo(403);
        assertThat(as(Demo.TEACHER).delete("/bell-schedules/" + scheduleId).status())
                .isEqualTo(403);

        assertThat(deputy.delete("/bell-schedules/" + scheduleId).status()).isEqualTo(204);
    }
}
