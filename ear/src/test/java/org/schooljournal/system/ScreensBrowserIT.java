package org.schooljournal.system;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.time.LocalDate;
import java.time.YearMonth;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
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
        JournalGridPage grid =
                new JournalGridPage(this).open(future.assignmentId(), future.month());
        assertThat(grid.isTyped(future.lessonId())).isFalse();
        assertThat(grid.isFuture(future.lessonId())).isTrue();
        assertThat(grid.lessonHint(future.lessonId())).contains("ещё не прошёл");
        assertThat(grid.givenBy(future.lessonId()))
                .satisfiesAnyOf(
                        g -> assertThat(g).isEmpty(), g -> assertThat(g).startsWith("замена"));
        // a past lesson still is a field
        assertThat(grid.hasCells()).isTrue();
        shots("journal");
    }

    @Test
    @DisplayName(
            "Issue 8 item 10: the signature page opened by its address explains where a journal is signed and leads to the journals")
    void signaturePageAlone() {
        signIn(Demo.TEACHER, Demo.PASSWORD);
        SignaturePage signature = new SignaturePage(this).open();
        assertThat(signature.help()).contains("Итоговые отметки");
        signature.chooseJournal();
    }

    @Test
    @DisplayName(
            "Issue 8 item 10: pages carry lang; in English the period names and averages follow the language, in Russian averages have a comma")
    void language() throws Exception {
        ApiClient teacher = ApiClient.as(BASE, Demo.TEACHER, Demo.PASSWORD);
        long journal = firstJournal(teacher);
        signIn(Demo.TEACHER, Demo.PASSWORD);
        FinalMarksPage marks = new FinalMarksPage(this).openPeriod(journal);
        Header header = new Header(this);
        assertThat(header.language()).isEqualTo("ru");
        assertThat(marks.periodLink()).matches("\\d-я четверть|\\d-е полугодие|\\d-й триместр");
        assertThat(marks.averages()).allSatisfy(a -> assertThat(a).matches("—|\\d,\\d\\d"));
        shots("period-marks");

        header.switchTo("en");
        marks.openPeriod(journal);
        assertThat(marks.periodLink()).matches("(Quarter|Half-year|Trimester) \\d");
        assertThat(marks.averages()).allSatisfy(a -> assertThat(a).matches("—|\\d\\.\\d\\d"));
        assertThat(browser.getPageSource()).doesNotContain(">осв<").doesNotContain(">н/а<");
        shots("period-marks-en");
        header.switchTo("ru");
    }

    @Test
    @DisplayName("Issue 8 item 10: the parent's diary at desktop and phone width")
    void diary() throws Exception {
        signIn(Demo.PARENT, Demo.PASSWORD);
        new DiaryPage(this).open();
        assertThat(new Header(this).language()).isEqualTo("ru");
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
