package org.schooljournal.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.net.URL;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.schooljournal.testing.ApiClient;
import org.schooljournal.testing.Bodies.Room;
import org.schooljournal.testing.Bodies.TimetableSlot;
import org.schooljournal.testing.Demo;
import org.schooljournal.testing.SharedServer;

/**
 * The deputy head's views of the timetable on Payara Micro with PostgreSQL, through the API: a
 * teacher's and a room's week, the teacher's lessons as ICS, and the check against the curriculum.
 * It places 5 «А» Математика (s1.teacher1) on Tuesday, lesson 7, in its own room, a slot no other
 * test uses, and clears it again.
 */
class TimetableViewsIT {
    private static final String ROOM = "ТВ-7";
    private static final String SLOT = "2:7";

    final URL base = SharedServer.url();

    private ApiClient as(String login) {
        return ApiClient.as(base.toString(), login, Demo.PASSWORD);
    }

    private static long id(JsonObject o, String name) {
        return o.getJsonNumber(name).longValue();
    }

    @Test
    @DisplayName(
            "R-S11 R-S08 the deputy sees a teacher's and a room's week, the teacher's lessons as ICS, and the timetable's lessons against the plan")
    void teacherRoomAndHours() {
        ApiClient deputy = as("s1.deputy");
        long fifthA =
                deputy.get("/classes").array().getValuesAs(JsonObject.class).stream()
                        .filter(c -> c.getString("title").equals("5 «А»"))
                        .map(c -> id(c, "id"))
                        .findFirst()
                        .orElseThrow();
        long maths =
                deputy
                        .get("/timetable/classes/" + fifthA)
                        .object()
                        .getJsonArray("choices")
                        .getValuesAs(JsonObject.class)
                        .stream()
                        .filter(c -> c.getString("subject").equals("Математика"))
                        .map(c -> id(c, "assignmentId"))
                        .findFirst()
                        .orElseThrow();
        long teacher = staffId(deputy, Demo.TEACHER);
        // a second run finds the room already there (409); either way it exists
        deputy.post("/rooms", new Room(ROOM, null, null, null));
        String slot = "/timetable/classes/" + fifthA + "/slots/2/7";
        var placed = deputy.put(slot, new TimetableSlot(maths, ROOM));
        try {
            assertThat(placed.status()).as(placed.toString()).isEqualTo(200);
            deputy.post(
                    "/timetable/lessons?classId=" + fifthA + "&from=2027-01-18&to=2027-01-24",
                    "application/json",
                    new byte[0]);

            var week = deputy.get("/timetable/teachers/" + teacher);
            var room =
                    deputy.get(
                            "/timetable/rooms?name="
                                    + java.net.URLEncoder.encode(
                                            ROOM, java.nio.charset.StandardCharsets.UTF_8));
            var hours = deputy.get("/timetable/hours-check");
            var ics =
                    deputy.get(
                            "/timetable/teachers/"
                                    + teacher
                                    + "/calendar.ics?from=2027-01-18&to=2027-01-24",
                            "text/calendar");

            assertThat(week.status()).as(week.toString()).isEqualTo(200);
            JsonObject cell =
                    week.object()
                            .getJsonObject("week")
                            .getJsonObject("cells")
                            .getJsonArray(SLOT)
                            .getJsonObject(0);
            assertThat(cell.getString("classTitle")).isEqualTo("5 «А»");
            assertThat(cell.getString("subject")).isEqualTo("Математика");
            assertThat(cell.getString("room")).isEqualTo(ROOM);
            assertThat(week.object().getInt("lessons")).isPositive();
            assertThat(room.status()).as(room.toString()).isEqualTo(200);
            assertThat(
                            room.object()
                                    .getJsonArray("rooms")
                                    .getValuesAs(jakarta.json.JsonString.class))
                    .extracting(jakarta.json.JsonString::getString)
                    .contains(ROOM);
            assertThat(
                            room.object()
                                    .getJsonObject("week")
                                    .getJsonObject("cells")
                                    .getJsonArray(SLOT)
                                    .getJsonObject(0)
                                    .getString("classTitle"))
                    .isEqualTo("5 «А»");
            assertThat(hours.status()).as(hours.toString()).isEqualTo(200);
            // the demo timetable is (nearly) empty, so 5 «А» has far fewer maths lessons than
            // planned
            assertThat(hours.object().getJsonArray("rows").getValuesAs(JsonObject.class))
                    .filteredOn(
                            r ->
                                    r.getString("classTitle").equals("5 «А»")
                                            && r.getString("subject").equals("Математика"))
                    .singleElement()
                    .satisfies(
                            r -> {
                                assertThat(r.getInt("lessons")).isPositive();
                                assertThat(r.getString("verdict")).isNotEqualTo("MATCHES");
                            });
            assertThat(hours.object().getJsonNumber("flagged").longValue()).isPositive();
            assertThat(ics.status()).as(ics.toString()).isEqualTo(200);
            assertThat(ics.contentType()).startsWith("text/calendar");
            assertThat(ics.body().replace("\r\n ", ""))
                    .contains("BEGIN:VEVENT", "SUMMARY:7. 5 «А» · Математика", "LOCATION:" + ROOM);
        } finally {
            deputy.put(slot, TimetableSlot.of(null));
        }
    }

    @Test
    @DisplayName(
            "R-T01 another school's deputy finds neither this school's teacher nor its room; a teacher may not use the deputy's views")
    void otherSchoolAndTeacherRefused() {
        long teacher = staffId(as("s1.deputy"), Demo.TEACHER);

        assertThat(as("s2.deputy").get("/timetable/teachers/" + teacher).status()).isEqualTo(404);
        assertThat(
                        as("s2.deputy")
                                .get(
                                        "/timetable/teachers/" + teacher + "/calendar.ics",
                                        "text/calendar")
                                .status())
                .isEqualTo(404);
        assertThat(as("s2.deputy").get("/timetable/rooms?name=" + "no-such-room").status())
                .isEqualTo(404);
        assertThat(as(Demo.TEACHER).get("/timetable/teachers/" + teacher).status()).isEqualTo(403);
        assertThat(as(Demo.TEACHER).get("/timetable/hours-check").status()).isEqualTo(403);
    }

    private static long staffId(ApiClient deputy, String login) {
        return deputy.get("/staff").array().getValuesAs(JsonObject.class).stream()
                .filter(s -> login.equals(s.getString("login", null)))
                .map(s -> id(s, "id"))
                .findFirst()
                .orElseThrow();
    }
}
