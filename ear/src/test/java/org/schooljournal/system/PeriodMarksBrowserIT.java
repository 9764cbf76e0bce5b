package org.schooljournal.system;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.schooljournal.testing.ApiClient;
import org.schooljournal.testing.Demo;

/**
 * Period marks and the lock in a real browser (R-J07, R-J11): the teacher types a class's marks
 * down the column, an override asks for a reason, the period is closed and the grid refuses a
 * change in it; the deputy head reopens it with a reason. Uses the 1st period of s1.teacher1's
 * first journal and leaves it open again.
 */
class PeriodMarksBrowserIT extends BrowserTest {

    @Test
    @DisplayName(
            "R-J07 R-J11 R-J12 period marks typed down the column, an override refused until its reason is given; the closed period refuses a grid change; the summary sheet shows the marks; the deputy reopens the period with a reason")
    void periodMarksAndLock() throws Exception {
        ApiClient teacher = ApiClient.as(BASE, Demo.TEACHER, Demo.PASSWORD);
        long journal =
                teacher.get("/journals")
                        .array()
                        .getJsonObject(0)
                        .getJsonNumber("assignmentId")
                        .longValue();
        // the 2nd period: the demo closed the 1st
        JsonObject period =
                teacher.get("/journals/" + journal + "/periods").array().getJsonObject(1);
        long periodId = period.getJsonNumber("periodId").longValue();

        signIn(Demo.TEACHER, Demo.PASSWORD);
        FinalMarksPage marks = new FinalMarksPage(this).openPeriod(journal, periodId);
        List<WebElement> rows = marks.rows();
        assertThat(rows).hasSizeGreaterThan(5);
        // the first pupil with a suggestion gets another mark: an override without a reason
        int overridden = -1;
        String[] values = new String[rows.size()];
        for (int i = 0; i < rows.size(); i++) {
            String suggested = FinalMarksPage.suggested(rows.get(i));
            if (suggested.equals("—")) {
                values[i] = "осв"; // nothing suggested: no reason needed («н/а» would need one)
            } else if (overridden < 0) {
                overridden = i;
                values[i] = suggested.equals("5") ? "4" : "5";
            } else {
                values[i] = suggested;
            }
        }
        assertThat(overridden).as("a pupil with marks in the period").isNotNegative();

        marks.typeDown(rows.get(0), values);
        final int o = overridden;
        waitUntil(b -> !FinalMarksPage.problem(marks.row(o)).isEmpty());
        screenshot("period-marks-01-override-without-reason");
        assertThat(FinalMarksPage.problem(marks.row(overridden))).contains("причин");

        FinalMarksPage.giveReason(
                marks.row(overridden), "Контрольная работа за четверть написана на «5»");
        waitUntil(b -> FinalMarksPage.problem(marks.row(o)).isEmpty());
        waitUntil(b -> allSet(teacher, journal, periodId));

        marks.closePeriod();
        screenshot("period-marks-02-closed");
        assertThat(FinalMarksPage.mark(marks.row(0)).getAttribute("readonly")).isNotNull();

        // the grid of the period's last month shows the period column and refuses a change
        JournalGridPage grid =
                new JournalGridPage(this).open(journal, period.getString("endsOn").substring(0, 7));
        assertThat(grid.periodColumn()).isEqualTo("II ч");
        assertThat(grid.periodMarks().get(overridden)).isEqualTo(values[overridden]);
        WebElement cell = grid.firstCell();
        String before = cell.getAttribute("value");
        cell.click();
        cell.sendKeys(Keys.chord(Keys.CONTROL, "a"), before.equals("2") ? "3" : "2", Keys.TAB);
        waitUntil(b -> cell.getAttribute("class").contains("sj-error"));
        screenshot("period-marks-03-grid-refuses");
        assertThat(grid.status()).contains("закрыт");
        assertThat(cell.getAttribute("value")).isEqualTo(before);

        signOut();
        signIn("s1.deputy", Demo.PASSWORD);
        // R-J12: the closed period's marks are in the class's summary sheet at once
        long classId =
                ApiClient.as(BASE, "s1.deputy", Demo.PASSWORD).get("/classes").array().stream()
                        .map(JsonObject.class::cast)
                        .filter(c -> c.getString("title").equals("5 «А»"))
                        .mapToLong(c -> c.getJsonNumber("id").longValue())
                        .findFirst()
                        .orElseThrow();
        SummarySheetPage summary = new SummarySheetPage(this).open(classId);
        screenshot("period-marks-04-summary-sheet");
        assertThat(summary.text()).contains("Математика");
        assertThat(summary.mark(overridden, "Математика", 1)).isEqualTo(values[overridden]);

        marks.openPeriod(journal, periodId);
        marks.reopen("Исправление ошибки в отметке по заявлению родителей");
        screenshot("period-marks-05-reopened");
        assertThat(
                        teacher.get("/journals/" + journal + "/periods/" + periodId)
                                .object()
                                .getBoolean("locked"))
                .isFalse();
        assertNoCspViolations();
    }

    @Test
    @DisplayName(
            "R-A03 a reason typed on the screen with a bidi-override character (U+202E) is refused with a message naming it, in the user's language; nothing is stored")
    void controlCharactersRefusedOnTheScreen() throws Exception {
        ApiClient teacher = ApiClient.as(BASE, Demo.TEACHER, Demo.PASSWORD);
        long journal =
                teacher.get("/journals")
                        .array()
                        .getJsonObject(0)
                        .getJsonNumber("assignmentId")
                        .longValue();
        JsonObject period =
                teacher.get("/journals/" + journal + "/periods").array().getJsonObject(1);
        long periodId = period.getJsonNumber("periodId").longValue();
        String sheet = "/journals/" + journal + "/periods/" + periodId;
        JsonObject before = teacher.get(sheet).object().getJsonArray("rows").getJsonObject(0);

        signIn(Demo.TEACHER, Demo.PASSWORD);
        FinalMarksPage marks = new FinalMarksPage(this).openPeriod(journal, periodId);
        WebElement reason = FinalMarksPage.reason(marks.row(0));
        // typed as a user would paste it: the override character inside the text
        ((org.openqa.selenium.JavascriptExecutor) browser)
                .executeScript(
                        "arguments[0].value = 'Контрольная \\u202E5 ,2';"
                                + " arguments[0].dispatchEvent(new Event('change'));",
                        reason);
        waitForAjax();
        String error = marks.waitForError("U+202E");
        screenshot("period-marks-06-control-character-refused");
        assertThat(error).contains("недопустимый управляющий символ U+202E");
        JsonObject after = teacher.get(sheet).object().getJsonArray("rows").getJsonObject(0);
        assertThat(after.getString("reason", "")).isEqualTo(before.getString("reason", ""));
        assertThat(after.getString("reason", "")).doesNotContain("\u202E");
        assertNoCspViolations();
    }

    private static boolean allSet(ApiClient teacher, long journal, long periodId) {
        return teacher
                .get("/journals/" + journal + "/periods/" + periodId)
                .object()
                .getJsonArray("rows")
                .getValuesAs(JsonObject.class)
                .stream()
                .allMatch(r -> r.containsKey("value") || r.containsKey("deferredUntil"));
    }
}
