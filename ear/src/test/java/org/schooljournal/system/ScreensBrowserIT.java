package org.schooljournal.system;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.time.LocalDate;
import java.time.YearMonth;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.schooljournal.testing.ApiClient;
import org.schooljournal.testing.Demo;

/**
 * What the screens got wrong (issue 8, item 10), seen in a real browser: lessons still to come, the
 * signature page opened by its address, the reader's language, and the teacher's and the parent's
 * screens at desktop and phone width (screenshots in target/screenshots to look at).
 */
class ScreensBrowserIT extends BrowserTest {

    /** A lesson of TEACHER's first journal after today, and its month. */
    record Future(long assignmentId, String month, long lessonId) {}

    @Test
    @DisplayName(
            "Issue 8 item 10: a lesson still to come has no fields in the grid (read-only, greyed) and nobody is shown as having given it")
    void futureLessonsReadOnly() throws Exception {
        Future future = futureLesson(ApiClient.as(BASE, Demo.TEACHER, Demo.PASSWORD));
        signIn(Demo.TEACHER, Demo.PASSWORD);
        browser.get(
                BASE
                        + "/teacher/journal.xhtml?id="
                        + future.assignmentId()
                        + "&month="
                        + future.month());
        String lesson = "[data-l='" + future.lessonId() + "']";
        assertThat(browser.findElements(By.cssSelector("input.sj-cell" + lesson))).isEmpty();
        assertThat(browser.findElements(By.cssSelector("#grid td.sj-future" + lesson)))
                .isNotEmpty();
        assertThat(
                        browser.findElement(By.cssSelector("#grid th.sj-future" + lesson))
                                .getAttribute("title"))
                .contains("ещё не прошёл");
        String givenBy =
                browser.findElement(By.cssSelector("#lessons tr" + lesson + " td:last-child"))
                        .getText();
        assertThat(givenBy)
                .satisfiesAnyOf(
                        g -> assertThat(g).isEmpty(), g -> assertThat(g).startsWith("замена"));
        // a past lesson still is a field
        assertThat(browser.findElements(By.cssSelector("input.sj-cell"))).isNotEmpty();
        shots("journal");
    }

    @Test
    @DisplayName(
            "Issue 8 item 10: the signature page opened by its address explains where a journal is signed and leads to the journals")
    void signaturePageAlone() {
        signIn(Demo.TEACHER, Demo.PASSWORD);
        browser.get(BASE + "/teacher/signature.xhtml");
        assertThat(browser.findElement(By.id("signatureHelp")).getText())
                .contains("Итоговые отметки");
        browser.findElement(By.id("chooseJournal")).click();
        waitUntil(b -> b.getCurrentUrl().contains("/teacher/journals.xhtml"));
    }

    @Test
    @DisplayName(
            "Issue 8 item 10: pages carry lang; in English the period names and averages follow the language, in Russian averages have a comma")
    void language() throws Exception {
        ApiClient teacher = ApiClient.as(BASE, Demo.TEACHER, Demo.PASSWORD);
        long journal = firstJournal(teacher);
        signIn(Demo.TEACHER, Demo.PASSWORD);
        browser.get(BASE + "/teacher/period-marks.xhtml?id=" + journal);
        assertThat(browser.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("ru");
        assertThat(browser.findElement(By.cssSelector(".sj-period-link")).getText())
                .matches("\\d-я четверть|\\d-е полугодие|\\d-й триместр");
        assertThat(browser.findElements(By.cssSelector("td.sj-average")))
                .allSatisfy(td -> assertThat(td.getText()).matches("—|\\d,\\d\\d"));
        shots("period-marks");

        new Header(this).switchTo("en");
        browser.get(BASE + "/teacher/period-marks.xhtml?id=" + journal);
        assertThat(browser.findElement(By.cssSelector(".sj-period-link")).getText())
                .matches("(Quarter|Half-year|Trimester) \\d");
        assertThat(browser.findElements(By.cssSelector("td.sj-average")))
                .allSatisfy(td -> assertThat(td.getText()).matches("—|\\d\\.\\d\\d"));
        assertThat(browser.getPageSource()).doesNotContain(">осв<").doesNotContain(">н/а<");
        shots("period-marks-en");
        new Header(this).switchTo("ru");
    }

    @Test
    @DisplayName("Issue 8 item 10: the parent's diary at desktop and phone width")
    void diary() throws Exception {
        signIn(Demo.PARENT, Demo.PASSWORD);
        browser.get(BASE + "/diary/diary.xhtml");
        assertThat(browser.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("ru");
        shots("diary");
    }

    /** The page at 1400 px and at 390 px (a phone): nothing of it may run off the side. */
    private void shots(String name) throws Exception {
        browser.manage().window().setSize(new Dimension(1400, 900));
        screenshot("screens-" + name + "-1400");
        browser.manage().window().setSize(new Dimension(390, 844));
        Long overflow =
                (Long)
                        chrome.executeScript(
                                "return document.documentElement.scrollWidth"
                                        + " - document.documentElement.clientWidth;");
        screenshot("screens-" + name + "-390");
        assertThat(overflow).as("the page is wider than a phone's screen").isLessThanOrEqualTo(0L);
        browser.manage().window().setSize(new Dimension(1400, 900));
    }

    private static long firstJournal(ApiClient teacher) {
        return teacher.get("/journals")
                .array()
                .getJsonObject(0)
                .getJsonNumber("assignmentId")
                .longValue();
    }

    private static Future futureLesson(ApiClient teacher) {
        long assignmentId = firstJournal(teacher);
        YearMonth month = YearMonth.now();
        for (int ahead = 0; ahead < 4; ahead++, month = month.plusMonths(1)) {
            JsonObject page = teacher.get("/journals/" + assignmentId + "?month=" + month).object();
            for (JsonObject lesson : page.getJsonArray("lessons").getValuesAs(JsonObject.class)) {
                if (LocalDate.parse(lesson.getString("date"))
                        .isAfter(LocalDate.now().plusDays(1))) {
                    return new Future(
                            assignmentId, month.toString(), lesson.getJsonNumber("id").longValue());
                }
            }
        }
        throw new AssertionError("the demo journal has no lesson still to come");
    }
}
