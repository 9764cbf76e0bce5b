package org.schooljournal.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.schooljournal.probe.FailOnceWriter;
import org.schooljournal.testing.ApiClient;
import org.schooljournal.testing.Demo;
import org.schooljournal.testing.SharedServer;

/**
 * The pupil import job on Payara Micro with PostgreSQL, driven as the school administrator drives
 * it: bad rows reported by row number, a failure midway, a restart that neither loses nor
 * duplicates anyone, and hostile files refused with nothing stored.
 */
class PupilImportIT {
    final URL base = SharedServer.url();

    private ApiClient admin() {
        return ApiClient.as(base.toString(), Demo.SCHOOL_ADMIN, Demo.PASSWORD);
    }

    private JsonObject classNamed(String title) {
        return admin().get("/classes").array().getValuesAs(JsonObject.class).stream()
                .filter(c -> c.getString("title").equals(title))
                .findFirst()
                .orElseThrow();
    }

    private JsonObject waitUntilDone(long importId) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        JsonObject status;
        do {
            Thread.sleep(300);
            status = admin().get("/imports/" + importId).object();
        } while (status.getBoolean("isRunning", status.getBoolean("running", false))
                && System.nanoTime() < deadline);
        return status;
    }

    @Test
    @DisplayName(
            "R-P05 import: bad rows are reported with row number and reason; a failed job restarts without duplicates")
    void reportAndRestart() throws Exception {
        JsonObject sixthA = classNamed("6 «А»");
        long before = sixthA.getJsonNumber("pupils").longValue();
        List<String> lines = new ArrayList<>();
        lines.add(
                "Фамилия;Имя;Отчество;Дата рождения;Фамилия родителя;Имя родителя;Email родителя");
        for (int i = 1; i <= 24; i++) {
            String surname = i == 16 ? FailOnceWriter.MARKER + "а" : "Импортова" + (char) ('А' + i);
            lines.add(
                    surname
                            + ";Дарья;Игоревна;"
                            + String.format("%02d", i)
                            + ".04.2014;Импортов;Игорь;parent"
                            + i
                            + "@example.org");
        }
        lines.add(";Безфамильная;;01.01.2014;;;");
        lines.add("Неверная;Дата;;31.02.2014;;;");
        lines.add("=1+1;Формула;;01.01.2014;;;");
        byte[] csv = String.join("\n", lines).getBytes(StandardCharsets.UTF_8);

        var started =
                admin().post(
                                "/imports?classId="
                                        + sixthA.getJsonNumber("id")
                                        + "&fileName=6a.csv",
                                "text/csv",
                                csv);
        assertThat(started.status()).as(started.toString()).isEqualTo(202);
        long importId = started.object().getJsonNumber("importId").longValue();

        JsonObject failed = waitUntilDone(importId);
        assertThat(failed.getString("state")).isEqualTo("FAILED");
        long afterFailure = classNamed("6 «А»").getJsonNumber("pupils").longValue();
        assertThat(afterFailure - before)
                .as("the chunk before the failure stays committed")
                .isEqualTo(10);

        var restarted =
                admin().post("/imports/" + importId + "/restart", "application/json", new byte[0]);
        assertThat(restarted.status()).as(restarted.toString()).isEqualTo(200);
        JsonObject done = waitUntilDone(importId);

        assertThat(done.getString("state")).isEqualTo("COMPLETED");
        assertThat(done.getInt("rowsWritten")).isEqualTo(24);
        assertThat(done.getInt("rowsSkipped")).isEqualTo(3);
        assertThat(classNamed("6 «А»").getJsonNumber("pupils").longValue() - before).isEqualTo(24);
        List<JsonObject> issues = done.getJsonArray("issues").getValuesAs(JsonObject.class);
        assertThat(issues).extracting(i -> i.getInt("rowNumber")).containsExactly(26, 27, 28);
        assertThat(issues.get(0).getString("message")).contains("Фамилия");
        assertThat(issues.get(1).getString("message")).contains("31.02.2014");
        assertThat(issues.get(2).getString("message")).contains("формул");

        var again =
                admin().post(
                                "/imports?classId="
                                        + sixthA.getJsonNumber("id")
                                        + "&fileName=6a.csv",
                                "text/csv",
                                csv);
        JsonObject second = waitUntilDone(again.object().getJsonNumber("importId").longValue());
        assertThat(second.getInt("rowsWritten")).as("a second upload adds no one").isZero();
        assertThat(classNamed("6 «А»").getJsonNumber("pupils").longValue() - before).isEqualTo(24);
    }

    @Test
    @DisplayName(
            "R-A03 import: hostile or malformed files are refused with a message and nothing is stored")
    void hostileFilesRefused() {
        long classId = classNamed("5 «Б»").getJsonNumber("id").longValue();
        long pupilsBefore = classNamed("5 «Б»").getJsonNumber("pupils").longValue();
        int importsBefore = admin().get("/imports").array().size();
        byte[] junk = new byte[300_000];
        new java.util.Random(7).nextBytes(junk);
        byte[] huge = new byte[10 * 1024 * 1024];
        new java.util.Random(8).nextBytes(huge);
        byte[] cp1251 =
                "Фамилия;Имя;Дата рождения\nИванов;Иван;01.01.2014"
                        .getBytes(java.nio.charset.Charset.forName("windows-1251"));
        byte[] wrongColumns = "Name;Surname\nIvan;Ivanov".getBytes(StandardCharsets.UTF_8);

        var junkReply =
                admin().post(
                                "/imports?classId=" + classId + "&fileName=junk.csv",
                                "text/csv",
                                junk);
        var hugeReply =
                admin().post(
                                "/imports?classId=" + classId + "&fileName=huge.xlsx",
                                "application/octet-stream",
                                huge);
        var encodingReply =
                admin().post(
                                "/imports?classId=" + classId + "&fileName=cp1251.csv",
                                "text/csv",
                                cp1251);
        var columnsReply =
                admin().post(
                                "/imports?classId=" + classId + "&fileName=cols.csv",
                                "text/csv",
                                wrongColumns);

        assertThat(junkReply.status()).isEqualTo(400);
        assertThat(junkReply.object().getString("detail")).contains("Файл не распознан");
        assertThat(hugeReply.status()).isEqualTo(400);
        assertThat(hugeReply.object().getString("detail")).contains("слишком большой");
        assertThat(encodingReply.status()).isEqualTo(400);
        assertThat(columnsReply.status()).isEqualTo(400);
        assertThat(columnsReply.object().getString("detail")).contains("Не хватает столбцов");
        assertThat(admin().get("/imports").array()).hasSize(importsBefore);
        assertThat(classNamed("5 «Б»").getJsonNumber("pupils").longValue()).isEqualTo(pupilsBefore);
    }

    @Test
    @DisplayName(
            "R-S13 R-P01 import: an imported pupil arrives on the import day (an ARRIVAL movement):"
                    + " it is in this year's summary sheet of its class and not in last year's, so"
                    + " last year's closed journals stay closed")
    void importedPupilArrivesToday() throws Exception {
        ApiClient deputy = ApiClient.as(base.toString(), "s1.deputy", Demo.PASSWORD);
        long classId = classNamed("6 «А»").getJsonNumber("id").longValue();
        long lastYear =
                deputy.get("/calendar/years").array().getValuesAs(JsonObject.class).stream()
                        .filter(y -> y.getString("name").equals("2025/2026"))
                        .map(y -> y.getJsonNumber("id").longValue())
                        .findFirst()
                        .orElseThrow();
        ZoneId school = ZoneId.of("Europe/Moscow");
        LocalDate dayBefore = LocalDate.now(school);
        byte[] csv =
                "Фамилия;Имя;Дата рождения\nПрибывшая;Анна;03.03.2014\nПрибывший;Павел;04.04.2014"
                        .getBytes(StandardCharsets.UTF_8);
        var started =
                admin().post("/imports?classId=" + classId + "&fileName=arr.csv", "text/csv", csv);
        assertThat(started.status()).as(started.toString()).isEqualTo(202);
        JsonObject done = waitUntilDone(started.object().getJsonNumber("importId").longValue());
        assertThat(done.getInt("rowsWritten")).as(done.toString()).isEqualTo(2);
        LocalDate dayAfter = LocalDate.now(school);

        List<JsonObject> arrived =
                admin()
                        .get("/pupils?classId=" + classId)
                        .array()
                        .getValuesAs(JsonObject.class)
                        .stream()
                        .filter(p -> p.getString("name").startsWith("Прибывш"))
                        .toList();
        assertThat(arrived).hasSize(2);
        for (JsonObject pupil : arrived) {
            List<JsonObject> history =
                    admin().get("/pupils/" + pupil.getJsonNumber("id") + "/movements")
                            .array()
                            .getValuesAs(JsonObject.class);
            assertThat(history).as(pupil.toString()).hasSize(1);
            assertThat(history.get(0).getString("kind")).isEqualTo("ARRIVAL");
            assertThat(history.get(0).getString("toClass")).isEqualTo("6 «А»");
            assertThat(history.get(0).getString("recordedBy")).isEqualTo(Demo.SCHOOL_ADMIN);
            assertThat(LocalDate.parse(history.get(0).getString("onDate")))
                    .isBetween(dayBefore, dayAfter);
        }

        String sheet = "/classes/" + classId + "/summary-sheet";
        assertThat(namesIn(deputy.get(sheet).object()))
                .as("this year's summary sheet")
                .anyMatch(n -> n.startsWith("Прибывшая Анна"))
                .anyMatch(n -> n.startsWith("Прибывший Павел"));
        List<String> past = namesIn(deputy.get(sheet + "?year=" + lastYear).object());
        assertThat(past).as("last year's summary sheet").isNotEmpty();
        assertThat(past).noneMatch(n -> n.startsWith("Прибывш"));
    }

    private static List<String> namesIn(JsonObject summarySheet) {
        return summarySheet.getJsonArray("pupils").getValuesAs(JsonObject.class).stream()
                .map(p -> p.getString("name"))
                .toList();
    }

    @Test
    @DisplayName(
            "R-T01 R-A03 import: only a school administrator, only into a class of its own school")
    void onlyOwnSchoolsAdmin() {
        long classOfSchoolOne = classNamed("5 «А»").getJsonNumber("id").longValue();
        byte[] csv =
                "Фамилия;Имя;Дата рождения\nЧужой;Ученик;01.01.2014"
                        .getBytes(StandardCharsets.UTF_8);

        var otherSchool =
                ApiClient.as(base.toString(), "s2.admin", Demo.PASSWORD)
                        .post("/imports?classId=" + classOfSchoolOne, "text/csv", csv);
        var teacher =
                ApiClient.as(base.toString(), Demo.TEACHER, Demo.PASSWORD)
                        .post("/imports?classId=" + classOfSchoolOne, "text/csv", csv);

        assertThat(otherSchool.status()).isEqualTo(404);
        assertThat(teacher.status()).isEqualTo(403);
    }
}
