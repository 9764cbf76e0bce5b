package org.schooljournal.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.net.URL;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.schooljournal.testing.ApiClient;
import org.schooljournal.testing.Bodies.Account;
import org.schooljournal.testing.Bodies.Arrival;
import org.schooljournal.testing.Bodies.NewClass;
import org.schooljournal.testing.Bodies.NewSchool;
import org.schooljournal.testing.Demo;
import org.schooljournal.testing.SharedServer;

/**
 * Year rollover on Payara Micro with PostgreSQL (issue 3 item 13): classes move up a grade, grade
 * 11 graduates with a withdrawal, a second run is refused, another school sees nothing. The
 * database is shared by the test classes and a rollover of school 1 would break them, so this test
 * creates a school of its own through the municipal API.
 */
class RolloverIT {
    private static final String RUN = Long.toString(System.nanoTime() % 2_000_000_000L, 36);

    final URL base = SharedServer.url();

    private ApiClient as(String login, String password) {
        return ApiClient.as(base.toString(), login, password);
    }

    private static ApiClient.Reply postJson(ApiClient who, String path, Object body) {
        return who.post(path, body);
    }

    private static long id(JsonObject o) {
        return o.getJsonNumber("id").longValue();
    }

    /** A new school with its head; returns the head's client. */
    private ApiClient newSchoolHead() {
        String headLogin = "ro.head." + RUN;
        var created =
                postJson(
                        as("admin", Demo.PASSWORD),
                        "/municipality/schools",
                        new NewSchool(
                                "Школа перехода " + RUN,
                                "ШП " + RUN,
                                new Account(headLogin, "Иванова Мария Петровна"),
                                new Account("ro.admin." + RUN, "Петров Иван")));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        JsonObject school = created.object();
        return ApiClient.firstSignIn(
                base.toString(), school.getString("headLogin"), school.getString("headPassword"));
    }

    /** Every text cell of every sheet of an XLSX. */
    private static List<String> cells(byte[] xlsx) {
        try (var workbook =
                new org.apache.poi.xssf.usermodel.XSSFWorkbook(
                        new java.io.ByteArrayInputStream(xlsx))) {
            List<String> texts = new java.util.ArrayList<>();
            for (var sheet : workbook) {
                for (var row : sheet) {
                    for (var cell : row) {
                        if (cell.getCellType() == org.apache.poi.ss.usermodel.CellType.STRING) {
                            texts.add(cell.getStringCellValue());
                        }
                    }
                }
            }
            return texts;
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static long createClass(ApiClient head, int grade) {
        var created = postJson(head, "/classes", new NewClass(grade, "А", null));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        return id(created.object());
    }

    private static List<String> classTitles(ApiClient who) {
        var reply = who.get("/classes");
        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
        return reply.array().getValuesAs(JsonObject.class).stream()
                .map(c -> c.getString("title"))
                .toList();
    }

    @Test
    @DisplayName(
            "R-S05 R-S13 R-T01 R-C10 the rollover moves 5 «А» to 6 «А», graduates 11 «А» with a withdrawal,"
                    + " keeps it in the past year's summary-sheet workbook, is refused the second time"
                    + " naming the years, and another school sees nothing")
    void rollsOverOnce() {
        ApiClient head = newSchoolHead();
        var year = head.post("/calendar/years?startYear=2026", "application/json", new byte[0]);
        assertThat(year.status()).as(year.toString()).isEqualTo(201);
        long yearId = id(year.object());
        createClass(head, 5);
        long eleventh = createClass(head, 11);
        var arrived =
                postJson(
                        head,
                        "/pupils/arrivals",
                        new Arrival(
                                "Выпускник" + RUN,
                                "Олег",
                                null,
                                LocalDate.of(2009, 3, 4),
                                eleventh,
                                LocalDate.of(2026, 9, 1),
                                null));
        assertThat(arrived.status()).as(arrived.toString()).isEqualTo(201);
        long pupilId = arrived.object().getJsonNumber("pupilId").longValue();

        var preview = head.get("/rollover/preview?fromYearId=" + yearId);
        assertThat(preview.status()).as(preview.toString()).isEqualTo(200);
        JsonObject plan = preview.object();
        assertThat(plan.getString("toYear")).isEqualTo("2027/2028");
        assertThat(plan.getJsonArray("moves").getValuesAs(JsonObject.class))
                .extracting(m -> m.getString("from") + " → " + m.getString("to"))
                .containsExactly("5 «А» → 6 «А»");
        List<JsonObject> graduating = plan.getJsonArray("graduating").getValuesAs(JsonObject.class);
        assertThat(graduating).extracting(g -> g.getString("title")).containsExactly("11 «А»");
        assertThat(graduating.get(0).getJsonNumber("pupils").longValue()).isEqualTo(1);
        assertThat(classTitles(head)).as("a preview changes nothing").contains("5 «А»", "11 «А»");

        var run = head.post("/rollover?fromYearId=" + yearId, "application/json", new byte[0]);
        assertThat(run.status()).as(run.toString()).isEqualTo(200);
        JsonObject report = run.object().getJsonObject("report");
        assertThat(report.getString("toYear")).isEqualTo("2027/2028");
        assertThat(report.getBoolean("yearCreated")).isTrue();
        assertThat(run.object().getJsonObject("lessonPlans").getInt("copied")).isZero();

        assertThat(classTitles(head)).containsExactly("6 «А»");
        var history = head.get("/pupils/" + pupilId + "/movements");
        assertThat(history.status()).as(history.toString()).isEqualTo(200);
        List<JsonObject> moves = history.array().getValuesAs(JsonObject.class);
        assertThat(moves)
                .extracting(m -> m.getString("kind"))
                .containsExactly("ARRIVAL", "WITHDRAWAL");
        assertThat(moves.get(1).getString("note")).isEqualTo("выпуск");
        assertThat(moves.get(1).getString("onDate")).isEqualTo("2027-09-01");

        // the past year's workbook keeps the leavers: the graduated class's sheet names its pupil
        var book = head.download("/summary-sheets.xlsx?year=" + yearId);
        assertThat(book.statusCode()).as(new String(book.body())).isEqualTo(200);
        assertThat(cells(book.body())).anyMatch(text -> text.contains("Выпускник" + RUN));

        var again = head.post("/rollover?fromYearId=" + yearId, "application/json", new byte[0]);
        assertThat(again.status()).as(again.toString()).isEqualTo(409);
        assertThat(again.object().getString("detail")).contains("2026/2027").contains("2027/2028");
        assertThat(classTitles(head)).as("not promoted twice").containsExactly("6 «А»");

        assertThat(
                        as("s2.deputy", Demo.PASSWORD)
                                .get("/rollover/preview?fromYearId=" + yearId)
                                .status())
                .isEqualTo(404);
        assertThat(
                        as("s2.deputy", Demo.PASSWORD)
                                .post(
                                        "/rollover?fromYearId=" + yearId,
                                        "application/json",
                                        new byte[0])
                                .status())
                .isEqualTo(404);
    }
}
