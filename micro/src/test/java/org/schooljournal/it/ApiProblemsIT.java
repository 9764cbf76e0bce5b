package org.schooljournal.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.schooljournal.testing.ApiClient;
import org.schooljournal.testing.Demo;
import org.schooljournal.testing.SharedServer;

/**
 * Hostile and broken input to the REST API (R-A03, issue 8 item 7 «problem details everywhere»):
 * every refusal is a 400 (413 for a body over the limit) {@code application/problem+json} in the
 * caller's language naming the field at fault, never a 500 or the server's HTML page. Every request
 * here is refused, so nothing is written: the cells and the lesson used (s1.teacher1's first
 * journal, its latest past lesson and its last pupil) are read before and after to prove it.
 */
class ApiProblemsIT {
    private static final String PROBLEM = "application/problem+json";

    final URL base = SharedServer.url();

    private ApiClient as(String login) {
        return ApiClient.as(base.toString(), login, Demo.PASSWORD);
    }

    /** A cell of the teacher's journal: the latest past lesson and the journal's last pupil. */
    private record Cell(long assignmentId, long lessonId, long pupilId, String month) {
        String marks() {
            return "/lessons/" + lessonId + "/marks/" + pupilId;
        }

        String attendance() {
            return "/lessons/" + lessonId + "/attendance/" + pupilId;
        }

        String lesson() {
            return "/lessons/" + lessonId;
        }
    }

    private Cell cell(ApiClient teacher) {
        var any = Demo.markableCell(teacher, 0);
        var pupils =
                teacher.get("/journals/" + any.assignmentId() + "?month=" + any.month())
                        .object()
                        .getJsonArray("pupils");
        long last = pupils.getJsonObject(pupils.size() - 1).getJsonNumber("id").longValue();
        return new Cell(any.assignmentId(), any.lessonId(), last, any.month());
    }

    private JsonObject page(ApiClient teacher, Cell cell) {
        return teacher.get("/journals/" + cell.assignmentId() + "?month=" + cell.month()).object();
    }

    /** The cell's text as the grid shows it ("" when empty). */
    private String text(ApiClient teacher, Cell cell) {
        JsonObject cells = page(teacher, cell).getJsonObject("cells");
        String key = cell.lessonId() + ":" + cell.pupilId();
        return cells.containsKey(key) ? cells.getString(key) : "";
    }

    private JsonObject lessonColumn(ApiClient teacher, Cell cell) {
        return page(teacher, cell).getJsonArray("lessons").getValuesAs(JsonObject.class).stream()
                .filter(l -> l.getJsonNumber("id").longValue() == cell.lessonId())
                .findFirst()
                .orElseThrow();
    }

    private static String json(String text) {
        return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }

    /** A 400 problem detail: asserts the status and the media type, answers the problem. */
    private static JsonObject badRequest(ApiClient.Reply reply) {
        assertThat(reply.status()).as(reply.toString()).isEqualTo(400);
        assertThat(reply.contentType()).as(reply.toString()).startsWith(PROBLEM);
        assertThat(reply.body()).doesNotContain("Exception", "at org.", "<html");
        return reply.object();
    }

    /** The field names a problem's {@code errors} list. */
    private static java.util.List<String> fields(JsonObject problem) {
        return problem.getJsonArray("errors").getValuesAs(JsonObject.class).stream()
                .map(e -> e.getString("field"))
                .toList();
    }

    @Test
    @DisplayName(
            "R-A03 malformed JSON, a wrong type and an unknown enum value answer 400 problem+json in the caller's language, never 500; the cell is unchanged")
    void malformedJsonAndWrongTypes() {
        ApiClient teacher = as(Demo.TEACHER);
        Cell cell = cell(teacher);
        String before = text(teacher, cell);
        String expected = ",\"expected\":" + json(before);

        var malformed = teacher.put(cell.marks(), "{\"value\":\"5\",\"workType\":");
        var malformedInEnglish = as(Demo.TEACHER).inLanguage("en").put(cell.marks(), "{value: 5}");
        var wrongType =
                teacher.put(
                        cell.marks(),
                        "{\"value\":[\"5\"],\"workType\":\"ANSWER\"" + expected + "}");
        var wrongTypeInObject =
                teacher.put(
                        cell.marks(), "{\"value\":\"5\",\"workType\":{\"a\":1}" + expected + "}");
        var unknownEnum =
                teacher.put(
                        cell.marks(), "{\"value\":\"5\",\"workType\":\"NOPE\"" + expected + "}");
        var notAnObject = teacher.put(cell.marks(), "[1, 2, 3]");

        assertThat(badRequest(malformed).getString("detail"))
                .contains("не JSON")
                .contains("строке 1");
        assertThat(badRequest(malformedInEnglish).getString("detail")).contains("not JSON");
        assertThat(fields(badRequest(wrongType))).containsExactly("value");
        assertThat(fields(badRequest(wrongTypeInObject))).containsExactly("workType");
        JsonObject enumProblem = badRequest(unknownEnum);
        assertThat(fields(enumProblem)).containsExactly("workType");
        assertThat(enumProblem.getString("detail"))
                .isEqualTo("Неверные данные: workType: неверный тип или недопустимое значение");
        assertThat(fields(badRequest(notAnObject))).containsExactly("body");
        assertThat(text(teacher, cell)).isEqualTo(before);
    }

    @Test
    @DisplayName(
            "R-A03 a JSON member given twice and text after the JSON value are refused (400 naming the member), not silently half-read")
    void duplicateKeysAndTrailingText() {
        ApiClient teacher = as(Demo.TEACHER);
        Cell cell = cell(teacher);
        String before = text(teacher, cell);
        String expected = ",\"expected\":" + json(before);

        var duplicate =
                teacher.put(
                        cell.marks(),
                        "{\"value\":\"5\",\"workType\":\"ANSWER\",\"value\":\"2\""
                                + expected
                                + "}");
        var nestedDuplicate =
                as("s1.deputy")
                        .put(
                                "/work-types",
                                "[{\"workType\":\"TEST\",\"used\":true,\"weight\":2,\"weight\":3}]");
        var trailing =
                teacher.put(
                        cell.marks(),
                        "{\"value\":\"5\",\"workType\":\"ANSWER\""
                                + expected
                                + "} {\"value\":\"2\"}");
        var garbage =
                teacher.inLanguage("en")
                        .put(
                                cell.marks(),
                                "{\"value\":\"5\",\"workType\":\"ANSWER\"" + expected + "}xyz");

        JsonObject twice = badRequest(duplicate);
        assertThat(fields(twice)).containsExactly("value");
        assertThat(twice.getString("detail")).isEqualTo("Неверные данные: value: указано дважды");
        assertThat(fields(badRequest(nestedDuplicate))).containsExactly("[0].weight");
        assertThat(badRequest(trailing).getString("detail")).contains("лишний текст");
        assertThat(badRequest(garbage).getString("detail")).contains("extra text");
        assertThat(text(teacher, cell)).isEqualTo(before);
    }

    @Test
    @DisplayName(
            "R-A03 Bean Validation refusals (blank, too long, missing) answer 400 problem+json naming the field, in English when asked, not the server's HTML page")
    void validationNamesTheField() {
        ApiClient teacher = as(Demo.TEACHER);
        Cell cell = cell(teacher);
        String before = text(teacher, cell);
        String topicBefore = lessonColumn(teacher, cell).getString("topic", "");
        String expected = ",\"expected\":" + json(before);

        var blank =
                teacher.put(
                        cell.marks(), "{\"value\":\" \",\"workType\":\"ANSWER\"" + expected + "}");
        var tooLong =
                as(Demo.TEACHER)
                        .inLanguage("en")
                        .put(
                                cell.marks(),
                                "{\"value\":\"12345\",\"workType\":\"ANSWER\"" + expected + "}");
        var longTopic = teacher.put(cell.lesson(), "{\"topic\":" + json("т".repeat(501)) + "}");
        var noBody = teacher.put(cell.lesson(), "");
        var nullBody = teacher.put(cell.lesson(), "null");
        var noPeriodValue =
                teacher.put(
                        "/journals/" + cell.assignmentId() + "/periods/1/marks/" + cell.pupilId(),
                        "{\"reason\":\"x\"}");

        JsonObject blankProblem = badRequest(blank);
        assertThat(fields(blankProblem)).containsExactly("value");
        assertThat(blankProblem.getString("detail"))
                .isEqualTo("Неверные данные: value: не может быть пустым");
        JsonObject tooLongProblem = badRequest(tooLong);
        assertThat(tooLongProblem.getString("detail"))
                .isEqualTo("Invalid data: value: at most 3 characters");
        assertThat(tooLongProblem.getJsonArray("errors").getJsonObject(0).getString("message"))
                .isEqualTo("at most 3 characters");
        assertThat(badRequest(longTopic).getString("detail"))
                .isEqualTo("Неверные данные: topic: не длиннее 500 символов");
        assertThat(badRequest(noBody).getString("detail"))
                .isEqualTo("Нужно тело запроса в формате JSON");
        assertThat(fields(badRequest(nullBody))).containsExactly("body");
        assertThat(fields(badRequest(noPeriodValue))).containsExactly("value");
        assertThat(text(teacher, cell)).isEqualTo(before);
        assertThat(lessonColumn(teacher, cell).getString("topic", "")).isEqualTo(topicBefore);
    }

    @Test
    @DisplayName(
            "R-A03 R-J01 a cell write must say which text it replaces: without expected it is refused naming the field and the cell is unchanged")
    void cellWriteNeedsExpected() {
        ApiClient teacher = as(Demo.TEACHER);
        Cell cell = cell(teacher);
        String before = text(teacher, cell);
        String other = before.contains("2") ? "3" : "2";

        var mark = teacher.put(cell.marks(), "{\"value\":\"" + other + "\",\"workType\":\"TEST\"}");
        var nullExpected =
                teacher.put(
                        cell.marks(),
                        "{\"value\":\"" + other + "\",\"workType\":\"TEST\",\"expected\":null}");
        var absence = teacher.put(cell.attendance(), "{\"kind\":\"ILLNESS\"}");
        var clearMark = teacher.delete(cell.marks() + "?workType=TEST");
        var clearAbsence = teacher.delete(cell.attendance());
        var badWorkType =
                teacher.delete(
                        cell.marks()
                                + "?workType=NOPE&expected="
                                + URLEncoder.encode(before, StandardCharsets.UTF_8));

        try {
            JsonObject problem = badRequest(mark);
            assertThat(fields(problem)).containsExactly("expected");
            assertThat(problem.getString("detail"))
                    .isEqualTo("Неверные данные: expected: обязательно");
            assertThat(fields(badRequest(nullExpected))).containsExactly("expected");
            assertThat(fields(badRequest(absence))).containsExactly("expected");
            assertThat(fields(badRequest(clearMark))).containsExactly("expected");
            assertThat(fields(badRequest(clearAbsence))).containsExactly("expected");
            assertThat(fields(badRequest(badWorkType))).containsExactly("workType");
            assertThat(text(teacher, cell)).isEqualTo(before);
        } finally {
            restore(teacher, cell, before);
        }
    }

    /** Should a refused write have gone through after all, the cell gets its old marks back. */
    private void restore(ApiClient teacher, Cell cell, String before) {
        String now = text(teacher, cell);
        if (!now.equals(before)) {
            teacher.delete(
                    cell.marks()
                            + "?workType=TEST&expected="
                            + URLEncoder.encode(now, StandardCharsets.UTF_8));
            now = text(teacher, cell);
            teacher.delete(
                    cell.attendance()
                            + "?expected="
                            + URLEncoder.encode(now, StandardCharsets.UTF_8));
        }
    }

    @Test
    @DisplayName(
            "R-A03 control and bidi-override characters in free text (topic, homework) are refused naming the field; the lesson is unchanged")
    void controlCharactersRefused() {
        ApiClient teacher = as(Demo.TEACHER);
        Cell cell = cell(teacher);
        JsonObject before = lessonColumn(teacher, cell);

        // U+202E RIGHT-TO-LEFT OVERRIDE, raw in the JSON text: «‮5 ,2» shows as «2, 5»
        var bidi = teacher.put(cell.lesson(), "{\"topic\":\"Дроби \u202E5 ,2\"}");
        var isolate =
                teacher.inLanguage("en")
                        .put(cell.lesson(), "{\"topic\":\"Дроби \\u2067x\\u2069\"}");
        var bell =
                as(Demo.TEACHER)
                        .put(
                                cell.lesson(),
                                "{\"topic\":\"Дроби\",\"homework\":\"№ 1\\u0007\",\"noHomework\":false}");
        var lineBreakAndTabAllowed =
                as(Demo.TEACHER)
                        .put(
                                "/lessons/" + cell.lessonId(),
                                "{\"topic\":\"x\",\"homework\":\"a\\nb\\tc\\u0000\",\"noHomework\":false}");

        JsonObject bidiProblem = badRequest(bidi);
        assertThat(fields(bidiProblem)).containsExactly("topic");
        assertThat(bidiProblem.getString("detail")).contains("topic", "U+202E");
        assertThat(badRequest(isolate).getString("detail"))
                .isEqualTo("Invalid data: topic: contains the forbidden control character U+2067");
        assertThat(fields(badRequest(bell))).containsExactly("homework");
        // \n and \t pass the check; the NUL after them is what is refused
        assertThat(badRequest(lineBreakAndTabAllowed).getString("detail")).contains("U+0000");
        JsonObject after = lessonColumn(teacher, cell);
        assertThat(after.getString("topic", "")).isEqualTo(before.getString("topic", ""));
        assertThat(after.getString("homework", "")).isEqualTo(before.getString("homework", ""));
    }

    @Test
    @DisplayName(
            "R-A03 a request body over the limit answers 413 problem+json without being read: 2 MB of JSON by Content-Length (the body never sent) or counted in chunks, 12 MB of an upload")
    void bodiesOverTheLimit() throws Exception {
        ApiClient teacher = as(Demo.TEACHER);
        Cell cell = cell(teacher);
        String before = text(teacher, cell);
        String huge =
                "{\"value\":\"5\",\"workType\":\"ANSWER\",\"expected\":"
                        + json(before)
                        + ",\"padding\":\""
                        + "x".repeat(3 * 1024 * 1024)
                        + "\"}";

        // 100 MB announced and not one byte of it sent: the answer cannot have waited for it
        String declared =
                announce(Demo.TEACHER, "PUT", cell.marks(), "application/json", 100L << 20, "ru");
        String upload =
                announce(
                        Demo.SCHOOL_ADMIN,
                        "POST",
                        "/imports?classId=1&fileName=huge.csv",
                        "application/octet-stream",
                        13L << 20,
                        "en");
        HttpResponse<String> chunked =
                raw(
                        Demo.TEACHER,
                        "PUT",
                        cell.marks(),
                        "application/json",
                        HttpRequest.BodyPublishers.ofInputStream(
                                () ->
                                        new ByteArrayInputStream(
                                                huge.getBytes(StandardCharsets.UTF_8))),
                        "ru");

        assertThat(declared).startsWith("HTTP/1.1 413").contains("Content-Type: " + PROBLEM);
        assertThat(declared).contains("Тело запроса слишком большое: не больше 2 МБ");
        assertThat(upload).startsWith("HTTP/1.1 413").contains("at most 12 MB");
        assertThat(chunked.statusCode()).as(chunked.body()).isEqualTo(413);
        assertThat(chunked.headers().firstValue("Content-Type").orElse("")).startsWith(PROBLEM);
        assertThat(chunked.body()).contains("не больше 2 МБ");
        assertThat(text(teacher, cell)).isEqualTo(before);
    }

    /**
     * Sends only the head of a request announcing a body of {@code length} bytes and answers what
     * the server says (status line, headers and body) without the body ever being sent.
     */
    private String announce(
            String login, String method, String path, String type, long length, String language)
            throws Exception {
        String root = base.getPath().replaceAll("/$", "");
        String head =
                method
                        + " "
                        + root
                        + "/api/v1"
                        + path
                        + " HTTP/1.1\r\nHost: "
                        + base.getHost()
                        + ":"
                        + base.getPort()
                        + "\r\nAuthorization: Basic "
                        + Base64.getEncoder()
                                .encodeToString(
                                        (login + ":" + Demo.PASSWORD)
                                                .getBytes(StandardCharsets.UTF_8))
                        + "\r\nContent-Type: "
                        + type
                        + "\r\nContent-Length: "
                        + length
                        + "\r\nAccept: application/json\r\nAccept-Language: "
                        + language
                        + "\r\nConnection: close\r\n\r\n";
        try (java.net.Socket socket = new java.net.Socket(base.getHost(), base.getPort())) {
            socket.setSoTimeout(30_000);
            socket.getOutputStream().write(head.getBytes(StandardCharsets.US_ASCII));
            socket.getOutputStream().flush();
            // the server may keep the connection open to swallow the body: read by Content-Length
            var in = socket.getInputStream();
            var answer = new java.io.ByteArrayOutputStream();
            while (!answer.toString(StandardCharsets.ISO_8859_1).contains("\r\n\r\n")) {
                int b = in.read();
                if (b == -1) {
                    break;
                }
                answer.write(b);
            }
            String headers = answer.toString(StandardCharsets.ISO_8859_1);
            var declared =
                    java.util.regex.Pattern.compile("(?i)content-length: *(\\d+)").matcher(headers);
            byte[] body =
                    declared.find()
                            ? in.readNBytes(Integer.parseInt(declared.group(1)))
                            : new byte[0];
            return headers + new String(body, StandardCharsets.UTF_8);
        }
    }

    @Test
    @DisplayName(
            "R-A03 Accept-Language with q-values picks the best supported language; a malformed header falls back to Russian, never 500")
    void callersLanguage() throws Exception {
        Cell cell = cell(as(Demo.TEACHER));
        String bad = "{\"value\":\"5\",\"workType\":\"NOPE\",\"expected\":\"\"}";

        var frenchThenEnglish =
                as(Demo.TEACHER).inLanguage("fr;q=1, en;q=0.5").put(cell.marks(), bad);
        var russianPreferred =
                as(Demo.TEACHER).inLanguage("en;q=0.1, ru;q=0.9").put(cell.marks(), bad);
        var englishRegion =
                as(Demo.TEACHER).inLanguage("de-DE, en-GB;q=0.8").put(cell.marks(), bad);
        var malformed = as(Demo.TEACHER).inLanguage(";;;==").put(cell.marks(), bad);
        var badQ = as(Demo.TEACHER).inLanguage("en;q=abc, ru;q=2").put(cell.marks(), bad);
        HttpResponse<String> malformedRead =
                raw(
                        Demo.TEACHER,
                        "GET",
                        "/journals/" + cell.assignmentId() + "?month=" + cell.month(),
                        null,
                        HttpRequest.BodyPublishers.noBody(),
                        ";;;==");
        HttpResponse<String> malformedNotFound =
                raw(
                        Demo.TEACHER,
                        "GET",
                        "/journals/999999999",
                        null,
                        HttpRequest.BodyPublishers.noBody(),
                        "q=;,*;q=x");

        assertThat(badRequest(frenchThenEnglish).getString("detail")).startsWith("Invalid data");
        assertThat(badRequest(russianPreferred).getString("detail")).startsWith("Неверные данные");
        assertThat(badRequest(englishRegion).getString("detail")).startsWith("Invalid data");
        assertThat(badRequest(malformed).getString("detail")).startsWith("Неверные данные");
        assertThat(badRequest(badQ).getString("detail")).startsWith("Неверные данные");
        assertThat(malformedRead.statusCode()).as(malformedRead.body()).isEqualTo(200);
        assertThat(malformedNotFound.statusCode()).as(malformedNotFound.body()).isEqualTo(404);
        assertThat(malformedNotFound.body()).contains("не найден");
    }

    @Test
    @DisplayName(
            "R-A03 malformed parameters answer 400 naming the parameter: a month that is not a month, a weekday out of range, a missing required query parameter")
    void malformedParameters() {
        ApiClient teacher = as(Demo.TEACHER);
        Cell cell = cell(teacher);

        var month = teacher.get("/journals/" + cell.assignmentId() + "?month=November");
        var monthInEnglish =
                as(Demo.TEACHER)
                        .inLanguage("en")
                        .get("/journals/" + cell.assignmentId() + "?month=2026-13");
        var weekday =
                as("s1.deputy").put("/timetable/classes/1/slots/9/1", "{\"assignmentId\":null}");
        var missingQuery = as("s1.deputy").get("/control-works?from=2027-01-01");

        assertThat(badRequest(month).getString("detail"))
                .isEqualTo("Неверные данные: month: месяц пишется как 2026-11");
        assertThat(badRequest(monthInEnglish).getString("detail"))
                .isEqualTo("Invalid data: month: a month is written as 2026-11");
        assertThat(badRequest(weekday).getString("detail"))
                .isEqualTo("Неверные данные: weekday: не больше 7");
        assertThat(fields(badRequest(missingQuery))).containsExactly("to");
    }

    /** A request the test client cannot make: a body sent in chunks, any Accept-Language. */
    private HttpResponse<String> raw(
            String login,
            String method,
            String path,
            String contentType,
            HttpRequest.BodyPublisher body,
            String language)
            throws Exception {
        String root = base.toString().replaceAll("/$", "");
        HttpRequest.Builder request =
                HttpRequest.newBuilder(URI.create(root + "/api/v1" + path))
                        .timeout(Duration.ofSeconds(60))
                        .header(
                                "Authorization",
                                "Basic "
                                        + Base64.getEncoder()
                                                .encodeToString(
                                                        (login + ":" + Demo.PASSWORD)
                                                                .getBytes(StandardCharsets.UTF_8)))
                        .header("Accept", "application/json")
                        .header("Accept-Language", language)
                        .method(method, body);
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        return HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(10))
                .build()
                .send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }
}
