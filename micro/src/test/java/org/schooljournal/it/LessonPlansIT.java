package org.schooljournal.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.schooljournal.testing.ApiClient;
import org.schooljournal.testing.Demo;
import org.schooljournal.testing.SharedServer;

/**
 * Calendar-thematic plans (КТП) on Payara Micro with PostgreSQL, through the API: the deputy head
 * of School 1 imports a plan from XLSX, a bad file changes nothing, the export reads back to the
 * same topics, a teacher reads it and another school's deputy does not find it.
 */
class LessonPlansIT {
    private static final String XLSX =
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    final URL base = SharedServer.url();

    private ApiClient as(String login) {
        return ApiClient.as(base.toString(), login, Demo.PASSWORD);
    }

    private static long id(JsonObject o) {
        return o.getJsonNumber("id").longValue();
    }

    private static long subjectId(ApiClient who, String name) {
        return who.get("/subjects").array().getValuesAs(JsonObject.class).stream()
                .filter(s -> s.getString("name").equals(name))
                .findFirst()
                .map(LessonPlansIT::id)
                .orElseThrow(() -> new AssertionError("no subject " + name));
    }

    private static long yearId(ApiClient who) {
        return id(who.get("/calendar/years").array().getJsonObject(0));
    }

    /** A workbook: the header, then rows of cells (Numbers as numeric cells). */
    private static byte[] xlsx(List<List<Object>> rows) {
        try (XSSFWorkbook book = new XSSFWorkbook();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = book.createSheet("КТП");
            for (int r = 0; r < rows.size(); r++) {
                Row row = sheet.createRow(r);
                for (int c = 0; c < rows.get(r).size(); c++) {
                    Object value = rows.get(r).get(c);
                    if (value instanceof Number n) {
                        row.createCell(c).setCellValue(n.doubleValue());
                    } else {
                        row.createCell(c).setCellValue(String.valueOf(value));
                    }
                }
            }
            book.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The topics of an exported workbook as "title|hours", skipping the header. */
    private static List<String> topicsOf(byte[] workbook) throws IOException {
        List<String> topics = new ArrayList<>();
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(workbook))) {
            Sheet sheet = book.getSheetAt(0);
            for (int r = 1; r <= sheet.getLastRowNum(); r++) {
                Row row = sheet.getRow(r);
                topics.add(
                        row.getCell(1).getStringCellValue()
                                + "|"
                                + (int) row.getCell(2).getNumericCellValue());
            }
        }
        return topics;
    }

    private static List<String> topicsOf(JsonObject plan) {
        return plan.getJsonArray("topics").getValuesAs(JsonObject.class).stream()
                .map(t -> t.getString("title") + "|" + t.getInt("hours"))
                .toList();
    }

    private static ApiClient.Reply upload(
            ApiClient who, long subjectId, int grade, long yearId, byte[] file) {
        return who.post(
                "/lesson-plans/import?subjectId="
                        + subjectId
                        + "&grade="
                        + grade
                        + "&yearId="
                        + yearId,
                "application/octet-stream",
                file);
    }

    /** A binary GET (the ApiClient reads bodies as text). */
    private HttpResponse<byte[]> download(String login, String path) throws Exception {
        String auth =
                Base64.getEncoder()
                        .encodeToString(
                                (login + ":" + Demo.PASSWORD).getBytes(StandardCharsets.UTF_8));
        String root = base.toString().replaceAll("/$", "");
        HttpRequest request =
                HttpRequest.newBuilder(URI.create(root + "/api/v1" + path))
                        .timeout(Duration.ofSeconds(60))
                        .header("Authorization", "Basic " + auth)
                        .header("Accept", XLSX + ", application/problem+json, application/json")
                        .GET()
                        .build();
        return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofByteArray());
    }

    @Test
    @DisplayName(
            "R-S09 R-T01 R-J02 a plan imported from XLSX has its topics in order and the journal suggests them lesson by lesson; a bad file changes nothing; the export reads back the same; only its school reads it")
    void importExportAndTenancy() throws Exception {
        ApiClient deputy = as("s1.deputy");
        long maths = subjectId(deputy, "Математика");
        long yearId = yearId(deputy);
        String run = Long.toString(System.nanoTime(), 36);
        List<String> expected =
                List.of(
                        "Натуральные числа " + run + "|3",
                        "Обыкновенные дроби " + run + "|5",
                        "Десятичные дроби " + run + "|1");

        var imported =
                upload(
                        deputy,
                        maths,
                        5,
                        yearId,
                        xlsx(
                                List.of(
                                        List.of("№", "Тема", "Часы"),
                                        List.of(1, "Натуральные числа " + run, 3),
                                        List.of(2, "Обыкновенные дроби " + run, 5),
                                        List.of(3, "Десятичные дроби " + run, ""))));

        assertThat(imported.status()).as(imported.toString()).isEqualTo(200);
        JsonObject plan = imported.object();
        long planId = id(plan);
        assertThat(topicsOf(plan)).containsExactlyElementsOf(expected);
        assertThat(
                        plan.getJsonArray("topics").getValuesAs(JsonObject.class).stream()
                                .map(t -> t.getInt("position")))
                .containsExactly(1, 2, 3);
        assertThat(plan.getInt("totalHours")).isEqualTo(9);

        var badHours =
                upload(
                        deputy,
                        maths,
                        5,
                        yearId,
                        xlsx(
                                List.of(
                                        List.of("№", "Тема", "Часы"),
                                        List.of(1, "Другая тема " + run, 2),
                                        List.of(2, "Ещё тема " + run, "abc"))));
        var noTopicColumn =
                upload(
                        deputy,
                        maths,
                        5,
                        yearId,
                        xlsx(List.of(List.of("№", "Название", "Часы"), List.of(1, "Тема", 2))));
        var notXlsx =
                upload(
                        deputy,
                        maths,
                        5,
                        yearId,
                        "Тема;Часы\nДроби;2".getBytes(StandardCharsets.UTF_8));

        assertThat(badHours.status()).as(badHours.toString()).isEqualTo(400);
        assertThat(badHours.object().getString("detail")).contains("3", "abc");
        assertThat(noTopicColumn.status()).as(noTopicColumn.toString()).isEqualTo(400);
        assertThat(noTopicColumn.object().getString("detail")).contains("Тема");
        assertThat(notXlsx.status()).as(notXlsx.toString()).isEqualTo(400);
        assertThat(topicsOf(deputy.get("/lesson-plans/" + planId).object()))
                .containsExactlyElementsOf(expected);

        // R-J02: the 5th grade maths journal suggests the plan's topics lesson by lesson (3 + 5 +
        // 1)
        ApiClient journalTeacher = as(Demo.TEACHER);
        long journal =
                journalTeacher
                        .get("/journals")
                        .array()
                        .getJsonObject(0)
                        .getJsonNumber("assignmentId")
                        .longValue();
        java.time.LocalDate today = java.time.LocalDate.now();
        int startYear = today.getMonthValue() >= 9 ? today.getYear() : today.getYear() - 1;
        JsonObject september =
                journalTeacher.get("/journals/" + journal + "?month=" + startYear + "-09").object();
        List<JsonObject> lessons = september.getJsonArray("lessons").getValuesAs(JsonObject.class);
        assertThat(lessons).hasSizeGreaterThan(9);
        assertThat(lessons.get(0).getString("plannedTopic")).isEqualTo("Натуральные числа " + run);
        assertThat(lessons.get(2).getString("plannedTopic")).isEqualTo("Натуральные числа " + run);
        assertThat(lessons.get(3).getString("plannedTopic")).isEqualTo("Обыкновенные дроби " + run);
        assertThat(lessons.get(8).getString("plannedTopic")).isEqualTo("Десятичные дроби " + run);
        assertThat(lessons.get(9).containsKey("plannedTopic")).isFalse();
        assertThat(september.getJsonArray("planTopics").getValuesAs(jakarta.json.JsonString.class))
                .extracting(jakarta.json.JsonString::getString)
                .contains("Обыкновенные дроби " + run);

        HttpResponse<byte[]> exported =
                download("s1.deputy", "/lesson-plans/" + planId + "/export");

        assertThat(exported.statusCode()).isEqualTo(200);
        assertThat(exported.headers().firstValue("Content-Type").orElse("")).startsWith(XLSX);
        assertThat(exported.headers().firstValue("Content-Disposition").orElse(""))
                .startsWith("attachment");
        assertThat(topicsOf(exported.body())).containsExactlyElementsOf(expected);

        var listed = deputy.get("/lesson-plans?yearId=" + yearId);
        assertThat(listed.status()).as(listed.toString()).isEqualTo(200);
        JsonObject summary =
                listed.array().getValuesAs(JsonObject.class).stream()
                        .filter(p -> id(p) == planId)
                        .findFirst()
                        .orElseThrow();
        assertThat(summary.getInt("topics")).isEqualTo(3);
        assertThat(summary.getInt("totalHours")).isEqualTo(9);

        var teacher = as(Demo.TEACHER).get("/lesson-plans/" + planId);
        assertThat(teacher.status()).as(teacher.toString()).isEqualTo(200);
        assertThat(topicsOf(teacher.object())).containsExactlyElementsOf(expected);

        ApiClient otherDeputy = as("s2.deputy");
        assertThat(otherDeputy.get("/lesson-plans/" + planId).status()).isEqualTo(404);
        assertThat(download("s2.deputy", "/lesson-plans/" + planId + "/export").statusCode())
                .isEqualTo(404);
        assertThat(otherDeputy.get("/lesson-plans?yearId=" + yearId).status()).isEqualTo(404);
    }
}
