package org.schooljournal.system;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
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
        String page = BASE + "/teacher/period-marks.xhtml?id=" + journal + "&period=" + periodId;

        signIn(Demo.TEACHER, Demo.PASSWORD);
        browser.get(page);
        List<WebElement> rows = browser.findElements(By.cssSelector("#period-marks tbody tr"));
        assertThat(rows).hasSizeGreaterThan(5);
        // the first pupil with a suggestion gets another mark: an override without a reason
        int overridden = -1;
        StringBuilder typed = new StringBuilder();
        for (int i = 0; i < rows.size(); i++) {
            String suggested = rows.get(i).findElement(By.cssSelector(".sj-suggested")).getText();
            String value;
            if (suggested.equals("—")) {
                value = "осв"; // nothing suggested: no reason needed («н/а» would need one)
            } else if (overridden < 0) {
                overridden = i;
                value = suggested.equals("5") ? "4" : "5";
            } else {
                value = suggested;
            }
            typed.append(value).append('|');
        }
        assertThat(overridden).as("a pupil with marks in the period").isNotNegative();
        String[] values = typed.toString().split("\\|");

        rows.get(0).findElement(By.cssSelector("input.sj-pm")).click();
        Actions keys = new Actions(browser);
        for (String value : values) {
            keys.keyDown(Keys.CONTROL)
                    .sendKeys("a")
                    .keyUp(Keys.CONTROL)
                    .sendKeys(value, Keys.ENTER);
        }
        keys.perform();
        final int o = overridden;
        waitUntil(b -> !problem(o).isEmpty());
        screenshot("period-marks-01-override-without-reason");
        assertThat(problem(overridden)).contains("причин");

        WebElement reason = row(overridden).findElement(By.cssSelector("input.sj-pm-reason"));
        reason.click();
        reason.sendKeys("Контрольная работа за четверть написана на «5»", Keys.TAB);
        waitUntil(b -> problem(o).isEmpty());
        waitUntil(b -> allSet(teacher, journal, periodId));

        browser.findElement(By.id("lock:close")).click();
        waitUntil(
                b ->
                        !b.findElements(By.cssSelector(".ui-confirmdialog-yes")).isEmpty()
                                && b.findElement(By.cssSelector(".ui-confirmdialog-yes"))
                                        .isDisplayed());
        browser.findElement(By.cssSelector(".ui-confirmdialog-yes")).click();
        waitUntil(b -> !b.findElements(By.cssSelector(".sj-closed")).isEmpty());
        screenshot("period-marks-02-closed");
        assertThat(browser.findElement(By.cssSelector("input.sj-pm")).getAttribute("readonly"))
                .isNotNull();

        // the grid of the period's last month shows the period column and refuses a change
        browser.get(
                BASE
                        + "/teacher/journal.xhtml?id="
                        + journal
                        + "&month="
                        + period.getString("endsOn").substring(0, 7));
        assertThat(browser.findElement(By.cssSelector("th.sj-period-col")).getText())
                .isEqualTo("II ч");
        assertThat(
                        browser.findElements(By.cssSelector("td.sj-period-mark"))
                                .get(overridden)
                                .getText())
                .isEqualTo(values[overridden]);
        WebElement cell = browser.findElement(By.cssSelector("input.sj-cell"));
        String before = cell.getAttribute("value");
        cell.click();
        cell.sendKeys(Keys.chord(Keys.CONTROL, "a"), before.equals("2") ? "3" : "2", Keys.TAB);
        waitUntil(b -> cell.getAttribute("class").contains("sj-error"));
        screenshot("period-marks-03-grid-refuses");
        assertThat(browser.findElement(By.id("sj-status")).getText()).contains("закрыт");
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
        browser.get(BASE + "/teacher/summary.xhtml?classId=" + classId);
        screenshot("period-marks-04-summary-sheet");
        assertThat(browser.findElement(By.cssSelector("table.sj-summary")).getText())
                .contains("Математика");
        List<String> subjects =
                browser.findElements(By.cssSelector("th.sj-summary-subject")).stream()
                        .map(th -> th.getAttribute("title"))
                        .toList();
        int span =
                (browser.findElements(By.cssSelector("table.sj-summary thead tr:nth-child(2) th"))
                                        .size()
                                - 2)
                        / subjects.size();
        WebElement secondPeriodOfMaths =
                browser.findElements(By.cssSelector("table.sj-summary tbody tr"))
                        .get(overridden)
                        .findElements(By.tagName("td"))
                        .get(2 + subjects.indexOf("Математика") * span + 1);
        assertThat(secondPeriodOfMaths.getText()).isEqualTo(values[overridden]);

        browser.get(page);
        browser.findElement(By.id("lock:reopenReason"))
                .sendKeys("Исправление ошибки в отметке по заявлению родителей");
        browser.findElement(By.id("lock:reopen")).click();
        waitUntil(b -> b.findElements(By.cssSelector(".sj-closed")).isEmpty());
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
        browser.get(BASE + "/teacher/period-marks.xhtml?id=" + journal + "&period=" + periodId);
        WebElement reason = row(0).findElement(By.cssSelector("input.sj-pm-reason"));
        // typed as a user would paste it: the override character inside the text
        ((org.openqa.selenium.JavascriptExecutor) browser)
                .executeScript(
                        "arguments[0].value = 'Контрольная \\u202E5 ,2';"
                                + " arguments[0].dispatchEvent(new Event('change'));",
                        reason);
        waitForAjax();
        waitUntil(
                b ->
                        b.findElements(By.cssSelector(".ui-messages-error")).stream()
                                .anyMatch(m -> m.getText().contains("U+202E")));
        screenshot("period-marks-06-control-character-refused");
        assertThat(browser.findElement(By.cssSelector(".ui-messages-error")).getText())
                .contains("недопустимый управляющий символ U+202E");
        JsonObject after = teacher.get(sheet).object().getJsonArray("rows").getJsonObject(0);
        assertThat(after.getString("reason", "")).isEqualTo(before.getString("reason", ""));
        assertThat(after.getString("reason", "")).doesNotContain("\u202E");
        assertNoCspViolations();
    }

    private WebElement row(int index) {
        return browser.findElements(By.cssSelector("#period-marks tbody tr")).get(index);
    }

    private String problem(int index) {
        return row(index).findElement(By.cssSelector("[id$=':problem']")).getText().strip();
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
