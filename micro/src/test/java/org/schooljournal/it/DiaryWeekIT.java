package org.schooljournal.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.schooljournal.testing.ApiClient;
import org.schooljournal.testing.Demo;
import org.schooljournal.testing.SharedServer;

/**
 * The week diary (R-D01) on Payara Micro with PostgreSQL. The test writes its own substitution and
 * moved lesson in a week about three months ahead, which no other test touches, and gives both back
 * at the end.
 */
class DiaryWeekIT {
    static final String HEADER = "X-SQL-Statements";

    /** The statements one week may take whatever its lessons, marks and messages (Diary#week). */
    static final int MAX_STATEMENTS = 15;

    final URL base = SharedServer.url();

    private ApiClient as(String login) {
        return ApiClient.as(base.toString(), login, Demo.PASSWORD);
    }

    private static long id(JsonObject o, String name) {
        return o.getJsonNumber(name).longValue();
    }

    private JsonObject week(ApiClient who, long pupil, LocalDate date) {
        var reply = who.get("/diary/week?pupil=" + pupil + "&date=" + date);
        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
        return reply.object();
    }

    /** The week's lessons (not those moved away) by id. */
    private static Map<Long, JsonObject> lessons(JsonObject week) {
        Map<Long, JsonObject> all = new TreeMap<>();
        for (JsonObject day : week.getJsonArray("days").getValuesAs(JsonObject.class)) {
            for (JsonObject l : day.getJsonArray("lessons").getValuesAs(JsonObject.class)) {
                if (nil(l, "movedToDate")) {
                    all.put(
                            id(l, "lessonId"),
                            Json.createObjectBuilder(l).add("date", day.getString("date")).build());
                }
            }
        }
        return all;
    }

    /** JSON-B leaves null fields out. */
    private static boolean nil(JsonObject o, String name) {
        return !o.containsKey(name) || o.isNull(name);
    }

    @Test
    @DisplayName(
            "R-D01 a parent sees exactly its child's week with a substitution and a moved lesson; another family's pupil is a 404")
    void parentSeesTheWeek() throws Exception {
        ApiClient parent = as(Demo.PARENT);
        long child = Demo.firstChild(parent);
        LocalDate monday = studyWeek(parent, child);
        JsonObject before = week(parent, child, monday);
        Map<Long, JsonObject> lessons = lessons(before);
        assertThat(lessons).hasSizeGreaterThan(5);
        // R-S11: every demo timetable slot names a room, and each lesson is shown in its slot's
        assertThat(lessons.values())
                .as("each lesson in the room of its timetable slot")
                .allSatisfy(l -> assertThat(l.getString("room", "")).isNotBlank());
        assertThat(lessons.keySet())
                .as("the lessons of every journal that lists the child, and nothing else")
                .isEqualTo(lessonsOfJournalsListing(child, before, monday));

        // a substitution on the first lesson, a move of the last one to another day of the week
        List<JsonObject> ordered = new ArrayList<>(lessons.values());
        JsonObject substituted = ordered.get(0);
        JsonObject moved = ordered.get(ordered.size() - 1);
        ApiClient deputy = as("s1.deputy");
        String givenBy = "/lessons/" + id(substituted, "lessonId") + "/schedule/given-by";
        String slot = "/lessons/" + id(moved, "lessonId") + "/schedule/slot";
        LocalDate target = LocalDate.parse(substituted.getString("date"));
        if (target.equals(LocalDate.parse(moved.getString("date")))) {
            target = LocalDate.parse(ordered.get(ordered.size() / 2).getString("date"));
        }
        try {
            String substitute = substitute(deputy, givenBy, child, monday, substituted);
            int number = moveToFreeSlot(deputy, slot, target);

            JsonObject after = week(parent, child, monday);
            Map<Long, JsonObject> now = lessons(after);
            assertThat(now.keySet()).isEqualTo(lessons.keySet());
            JsonObject s = now.get(id(substituted, "lessonId"));
            assertThat(s.getString("substitute")).isEqualTo(substitute);
            assertThat(s.getString("teacher")).isEqualTo(substituted.getString("teacher"));
            JsonObject m = now.get(id(moved, "lessonId"));
            assertThat(m.getString("date")).isEqualTo(target.toString());
            assertThat(m.getInt("number")).isEqualTo(number);
            assertThat(m.getString("movedFromDate")).isEqualTo(moved.getString("date"));
            assertThat(m.getInt("movedFromNumber")).isEqualTo(moved.getInt("number"));
            assertThat(m.getString("start")).as("at its new slot's bell").isNotBlank();
            assertThat(now.values())
                    .as("no other lesson is marked substituted or moved")
                    .filteredOn(
                            l ->
                                    id(l, "lessonId") != id(substituted, "lessonId")
                                            && id(l, "lessonId") != id(moved, "lessonId"))
                    .allMatch(l -> nil(l, "substitute") && nil(l, "movedFromDate"));

            // moved into the next week, it shows struck out at its old slot here
            LocalDate nextWeekDay = LocalDate.parse(moved.getString("date")).plusWeeks(1);
            int away = moveToFreeSlot(deputy, slot, nextWeekDay);
            JsonObject movedAway = week(parent, child, monday);
            assertThat(lessons(movedAway)).doesNotContainKey(id(moved, "lessonId"));
            JsonObject old =
                    movedAway.getJsonArray("days").getValuesAs(JsonObject.class).stream()
                            .filter(d -> d.getString("date").equals(moved.getString("date")))
                            .flatMap(
                                    d ->
                                            d
                                                    .getJsonArray("lessons")
                                                    .getValuesAs(JsonObject.class)
                                                    .stream())
                            .filter(l -> id(l, "lessonId") == id(moved, "lessonId"))
                            .findFirst()
                            .orElseThrow();
            assertThat(old.getString("movedToDate")).isEqualTo(nextWeekDay.toString());
            assertThat(old.getInt("movedToNumber")).isEqualTo(away);
            assertThat(lessons(week(parent, child, nextWeekDay)))
                    .containsKey(id(moved, "lessonId"));
        } finally {
            deputy.put(givenBy, "{\"staffId\":null}");
            deputy.put(
                    slot,
                    "{\"date\":\""
                            + moved.getString("date")
                            + "\",\"number\":"
                            + moved.getInt("number")
                            + "}");
        }
        assertThat(
                        nil(
                                lessons(week(parent, child, monday)).get(id(moved, "lessonId")),
                                "movedFromDate"))
                .as("moved back to its own slot, the lesson is no longer marked moved")
                .isTrue();

        // another family's pupil, another school's parent, a missing pupil: all 404
        long classmate = classmateOf(child, monday);
        assertThat(parent.get("/diary/week?pupil=" + classmate).status()).isEqualTo(404);
        assertThat(as(Demo.OTHER_SCHOOL_PARENT).get("/diary/week?pupil=" + child).status())
                .isEqualTo(404);
        assertThat(parent.get("/diary/week?pupil=999999999").status()).isEqualTo(404);
        assertThat(
                        parent.get("/diary/pupils/" + classmate + "/calendar.ics", "text/calendar")
                                .status())
                .isEqualTo(404);
        assertThat(as(Demo.TEACHER).get("/diary/week?pupil=" + child).status()).isEqualTo(403);
        var bad = parent.get("/diary/week?date=07.12.2026");
        assertThat(bad.status()).as(bad.toString()).isEqualTo(400);
    }

    @Test
    @DisplayName(
            "R-D01 issue 11 a mark goes with its moved lesson: the diary's marks and week find it at the lesson's new date, not the old")
    void marksFollowAMovedLesson() {
        ApiClient parent = as(Demo.PARENT);
        long child = Demo.firstChild(parent);
        LocalDate monday =
                LocalDate.now()
                        .minusWeeks(3)
                        .with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        JsonObject marked =
                lessons(week(parent, child, monday)).values().stream()
                        .filter(l -> !l.getJsonArray("marks").isEmpty())
                        .reduce((first, later) -> later)
                        .orElseThrow(() -> new AssertionError("no mark in the week of " + monday));
        long lessonId = id(marked, "lessonId");
        LocalDate was = LocalDate.parse(marked.getString("date"));
        LocalDate nextWeek = was.plusWeeks(1);
        String slot = "/lessons/" + lessonId + "/schedule/slot";
        ApiClient deputy = as("s1.deputy");
        try {
            moveToFreeSlot(deputy, slot, nextWeek);
            assertThat(marksOfLesson(parent, child, was, lessonId))
                    .as("no longer among the marks of its old date")
                    .isEmpty();
            List<JsonObject> moved = marksOfLesson(parent, child, nextWeek, lessonId);
            assertThat(moved).as("among the marks of its new date").isNotEmpty();
            assertThat(moved)
                    .allSatisfy(
                            m -> assertThat(m.getString("date")).isEqualTo(nextWeek.toString()));
            JsonObject there = lessons(week(parent, child, nextWeek)).get(lessonId);
            assertThat(there).as("the week of its new date shows the lesson").isNotNull();
            assertThat(there.getJsonArray("marks")).as("with its marks").isNotEmpty();
        } finally {
            var back =
                    deputy.put(
                            slot,
                            "{\"date\":\""
                                    + was
                                    + "\",\"number\":"
                                    + marked.getInt("number")
                                    + "}");
            assertThat(back.status()).as(back.toString()).isEqualTo(204);
        }
        assertThat(marksOfLesson(parent, child, was, lessonId))
                .as("moved back, at its own date again")
                .isNotEmpty();
    }

    /** The child's marks of one day (the diary's marks tab) that belong to the lesson. */
    private static List<JsonObject> marksOfLesson(
            ApiClient parent, long child, LocalDate day, long lessonId) {
        return parent
                .get("/diary/pupils/" + child + "/marks?from=" + day + "&to=" + day)
                .array()
                .getValuesAs(JsonObject.class)
                .stream()
                .filter(m -> id(m, "lessonId") == lessonId)
                .toList();
    }

    @Test
    @DisplayName("R-D01 a pupil sees its own week only")
    void pupilSeesItself() {
        ApiClient pupil = as("s1.pupil1");
        JsonObject own = pupil.get("/diary/week").object();
        long self = id(own.getJsonObject("child"), "pupilId");
        assertThat(own.getJsonArray("children")).hasSize(1);
        assertThat(own.getJsonArray("days")).hasSize(6);
        long classmate = classmateOf(self, LocalDate.now());
        assertThat(pupil.get("/diary/week?pupil=" + classmate).status()).isEqualTo(404);
    }

    @Test
    @DisplayName(
            "R-D01 the week is assembled in a bounded number of SQL statements, whatever its lessons and marks")
    void boundedStatements() throws Exception {
        ApiClient parent = as(Demo.PARENT);
        long child = Demo.firstChild(parent);
        LocalDate monday = studyWeek(parent, child);
        int future = statements(child, monday);
        // a past week: marks, attendance and topics in it
        LocalDate past = LocalDate.now().minusWeeks(2);
        int withMarks = statements(child, past);
        // the figure for the report (README): the week's statements, future and past week
        System.out.printf(
                "diary week: %d statements (future week), %d (past week)%n", future, withMarks);
        assertThat(future).isPositive().isLessThanOrEqualTo(MAX_STATEMENTS);
        assertThat(withMarks).isPositive().isLessThanOrEqualTo(MAX_STATEMENTS);
    }

    @Test
    @DisplayName("R-D01 R-J13 the teachers' messages: unread first, read once the diary is opened")
    void unreadMessagesFirst() {
        ApiClient parent = as(Demo.PARENT);
        long child = Demo.firstChild(parent);
        ApiClient teacher = as(Demo.TEACHER);
        long journal =
                teacher.get("/journals")
                        .array()
                        .getJsonObject(0)
                        .getJsonNumber("assignmentId")
                        .longValue();
        String text = "Принести циркуль (" + System.nanoTime() + ")";
        post(teacher, journal, child, text);
        JsonObject first =
                week(parent, child, LocalDate.now()).getJsonArray("messages").getJsonObject(0);
        assertThat(first.getString("body")).isEqualTo(text);
        assertThat(first.getBoolean("unread")).isTrue();

        assertThat(
                        parent.post(
                                        "/diary/pupils/" + child + "/opened",
                                        "application/json",
                                        new byte[0])
                                .status())
                .isEqualTo(204);
        var read =
                week(parent, child, LocalDate.now())
                        .getJsonArray("messages")
                        .getValuesAs(JsonObject.class);
        assertThat(read).allMatch(m -> !m.getBoolean("unread"));

        String later = "Повторить дроби (" + System.nanoTime() + ")";
        post(teacher, journal, child, later);
        var messages =
                week(parent, child, LocalDate.now())
                        .getJsonArray("messages")
                        .getValuesAs(JsonObject.class);
        assertThat(messages.get(0).getString("body")).isEqualTo(later);
        assertThat(messages.get(0).getBoolean("unread")).isTrue();
        assertThat(messages)
                .filteredOn(m -> m.getString("body").equals(text))
                .singleElement()
                .matches(m -> !m.getBoolean("unread"));
        assertThat(
                        as("s1.parent2")
                                .post(
                                        "/diary/pupils/" + child + "/opened",
                                        "application/json",
                                        new byte[0])
                                .status())
                .isEqualTo(404);
    }

    @Test
    @DisplayName(
            "R-D01 the pupil's timetable as an iCalendar feed reads back as the week's lessons")
    void calendarFeed() {
        ApiClient parent = as(Demo.PARENT);
        long child = Demo.firstChild(parent);
        LocalDate monday = studyWeek(parent, child);
        Map<Long, JsonObject> lessons = lessons(week(parent, child, monday));
        var reply =
                parent.get(
                        "/diary/pupils/"
                                + child
                                + "/calendar.ics?from="
                                + monday
                                + "&to="
                                + monday.plusDays(5),
                        "text/calendar");
        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
        assertThat(reply.contentType()).startsWith("text/calendar");
        List<Map<String, String>> events = Ics.events(reply.body());
        assertThat(events).hasSize(lessons.size());
        for (Map<String, String> e : events) {
            long lessonId =
                    Long.parseLong(
                            e.get("UID").replace("lesson-", "").replace("@school-journal", ""));
            JsonObject l = lessons.get(lessonId);
            assertThat(l).as("event %s is a lesson of the week", e.get("UID")).isNotNull();
            assertThat(e.get("SUMMARY"))
                    .startsWith(l.getInt("number") + ". ")
                    .contains(l.getString("subject"));
            String start = e.get("DTSTART");
            assertThat(start)
                    .endsWith(
                            ":"
                                    + l.getString("date").replace("-", "")
                                    + "T"
                                    + l.getString("start").replace(":", "").substring(0, 4)
                                    + "00");
        }
        assertThat(
                        parent.get(
                                        "/diary/pupils/"
                                                + child
                                                + "/calendar.ics?from=2026-01-01&to=2028-01-01",
                                        "text/calendar")
                                .status())
                .isEqualTo(400);
    }

    // ---------------------------------------------------------------- helpers

    /** A Monday about three months ahead whose week has lessons on at least three days. */
    private LocalDate studyWeek(ApiClient parent, long child) {
        LocalDate monday =
                LocalDate.now()
                        .plusWeeks(12)
                        .with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        for (int i = 0; i < 8; i++, monday = monday.plusWeeks(1)) {
            JsonObject week = week(parent, child, monday);
            long days =
                    week.getJsonArray("days").getValuesAs(JsonObject.class).stream()
                            .filter(d -> nil(d, "holiday") && !d.getJsonArray("lessons").isEmpty())
                            .count();
            if (days >= 3) {
                return monday;
            }
        }
        throw new AssertionError("no study week ahead in the demo");
    }

    /** What the journals say, independently of the diary: the week's lessons listing the child. */
    private Set<Long> lessonsOfJournalsListing(long child, JsonObject week, LocalDate monday) {
        ApiClient head = as("s1.head");
        String classTitle = week.getJsonObject("child").getString("classTitle");
        Set<Long> ids = new HashSet<>();
        for (JsonObject j : head.get("/journals").array().getValuesAs(JsonObject.class)) {
            if (!classTitle.equals(j.getString("classTitle", ""))) {
                continue;
            }
            Set<String> months =
                    new java.util.TreeSet<>(
                            List.of(
                                    monday.toString().substring(0, 7),
                                    monday.plusDays(5).toString().substring(0, 7)));
            for (String month : months) {
                JsonObject page =
                        head.get("/journals/" + id(j, "assignmentId") + "?month=" + month).object();
                boolean lists =
                        page.getJsonArray("pupils").getValuesAs(JsonObject.class).stream()
                                .anyMatch(p -> id(p, "id") == child);
                if (!lists) {
                    continue;
                }
                for (JsonObject l : page.getJsonArray("lessons").getValuesAs(JsonObject.class)) {
                    LocalDate d = LocalDate.parse(l.getString("date"));
                    if (!d.isBefore(monday) && !d.isAfter(monday.plusDays(5))) {
                        ids.add(id(l, "id"));
                    }
                }
            }
        }
        return ids;
    }

    /** Gives the lesson to another teacher; returns the substitute's name as the diary shows it. */
    private String substitute(
            ApiClient deputy, String givenBy, long child, LocalDate monday, JsonObject lesson) {
        for (String login : List.of(Demo.OTHER_TEACHER, "s1.teacher3")) {
            long staffId =
                    deputy.get("/staff").array().getValuesAs(JsonObject.class).stream()
                            .filter(s -> s.getString("login", "").equals(login))
                            .mapToLong(s -> id(s, "id"))
                            .findFirst()
                            .orElseThrow();
            var reply = deputy.put(givenBy, "{\"staffId\":" + staffId + "}");
            assertThat(reply.status()).as(reply.toString()).isEqualTo(204);
            JsonObject now =
                    lessons(week(as(Demo.PARENT), child, monday)).get(id(lesson, "lessonId"));
            if (!nil(now, "substitute")) {
                return now.getString("substitute");
            }
        }
        throw new AssertionError("no substitute could be set");
    }

    /** Moves the lesson to the first free lesson number from the end of the day; returns it. */
    private static int moveToFreeSlot(ApiClient deputy, String slot, LocalDate date) {
        for (int number = 8; number >= 6; number--) {
            var reply = deputy.put(slot, "{\"date\":\"" + date + "\",\"number\":" + number + "}");
            if (reply.status() == 204) {
                return number;
            }
            assertThat(reply.status()).as(reply.toString()).isEqualTo(409);
        }
        throw new AssertionError("no free slot on " + date);
    }

    /** Another pupil of the child's class: its id from the journal of the class. */
    private long classmateOf(long child, LocalDate date) {
        ApiClient head = as("s1.head");
        for (JsonObject j : head.get("/journals").array().getValuesAs(JsonObject.class)) {
            JsonObject page =
                    head.get(
                                    "/journals/"
                                            + id(j, "assignmentId")
                                            + "?month="
                                            + date.toString().substring(0, 7))
                            .object();
            List<JsonObject> pupils = page.getJsonArray("pupils").getValuesAs(JsonObject.class);
            if (pupils.stream().anyMatch(p -> id(p, "id") == child)) {
                return pupils.stream()
                        .mapToLong(p -> id(p, "id"))
                        .filter(p -> p != child)
                        .findFirst()
                        .orElseThrow();
            }
        }
        throw new AssertionError("no journal lists pupil " + child);
    }

    private static void post(ApiClient teacher, long journal, long child, String text) {
        var posted =
                teacher.post(
                        "/journals/" + journal + "/pupils/" + child + "/messages",
                        "application/json",
                        ("{\"kind\":\"MESSAGE\",\"body\":\"" + text + "\"}")
                                .getBytes(StandardCharsets.UTF_8));
        assertThat(posted.status()).as(posted.toString()).isEqualTo(201);
    }

    private int statements(long child, LocalDate date) throws Exception {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
        String root = base.toString().replaceAll("/$", "");
        HttpRequest request =
                HttpRequest.newBuilder(
                                URI.create(
                                        root
                                                + "/api/v1/diary/week?pupil="
                                                + child
                                                + "&date="
                                                + date))
                        .timeout(Duration.ofSeconds(60))
                        .header(
                                "Authorization",
                                "Basic "
                                        + Base64.getEncoder()
                                                .encodeToString(
                                                        (Demo.PARENT + ":" + Demo.PASSWORD)
                                                                .getBytes(StandardCharsets.UTF_8)))
                        .header("Accept", "application/json")
                        .GET()
                        .build();
        http.send(request, HttpResponse.BodyHandlers.ofString()); // warm
        HttpResponse<String> page = http.send(request, HttpResponse.BodyHandlers.ofString());
        assertThat(page.statusCode()).as(page.body()).isEqualTo(200);
        return Integer.parseInt(page.headers().firstValue(HEADER).orElseThrow());
    }

    /** A small RFC 5545 reader: unfolds lines, unescapes text, one map per VEVENT. */
    static final class Ics {
        static List<Map<String, String>> events(String ics) {
            assertThat(ics).startsWith("BEGIN:VCALENDAR\r\n").contains("\r\nEND:VCALENDAR");
            for (String raw : ics.split("\r\n")) {
                assertThat(raw.getBytes(StandardCharsets.UTF_8).length)
                        .as(raw)
                        .isLessThanOrEqualTo(75);
            }
            String unfolded = ics.replace("\r\n ", "").replace("\r\n\t", "");
            List<Map<String, String>> events = new ArrayList<>();
            Map<String, String> event = null;
            for (String line : unfolded.split("\r\n")) {
                if (line.equals("BEGIN:VEVENT")) {
                    event = new TreeMap<>();
                } else if (line.equals("END:VEVENT")) {
                    events.add(event);
                    event = null;
                } else if (event != null) {
                    int colon = line.indexOf(':');
                    String name = line.substring(0, colon);
                    String value = line.substring(colon + 1);
                    if (name.startsWith("DTSTART") || name.startsWith("DTEND")) {
                        event.put(
                                name.substring(
                                        0,
                                        name.indexOf(';') < 0 ? name.length() : name.indexOf(';')),
                                line);
                    } else {
                        event.put(name, unescape(value));
                    }
                }
            }
            return events;
        }

        static String unescape(String v) {
            return v.replace("\\n", "\n")
                    .replace("\\N", "\n")
                    .replace("\\,", ",")
                    .replace("\\;", ";")
                    .replace("\\\\", "\\");
        }
    }
}
