package org.schooljournal.system;

import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;

/**
 * A month of a journal (teacher/journal.xhtml, R-J01…R-J05): the pupils × lessons grid typed like a
 * spreadsheet, the status line under it and the lessons' topics and homework below.
 */
final class JournalGridPage extends Page {
    private static final By STATUS = By.id("sj-status");
    private static final By SIGN_IN_AGAIN = By.cssSelector("#sj-status a.sj-sign-in");

    JournalGridPage(BrowserTest test) {
        super(test);
    }

    JournalGridPage open(long assignmentId, String month) {
        browser().get(url(assignmentId, month));
        return this;
    }

    JournalGridPage open(long assignmentId) {
        browser().get(BASE + "/teacher/journal.xhtml?id=" + assignmentId);
        return this;
    }

    static String url(long assignmentId, String month) {
        return BASE + "/teacher/journal.xhtml?id=" + assignmentId + "&month=" + month;
    }

    WebElement cell(long lessonId, long pupilId) {
        return find(
                By.cssSelector(
                        "input.sj-cell[data-l='" + lessonId + "'][data-p='" + pupilId + "']"));
    }

    String value(long lessonId, long pupilId) {
        return cell(lessonId, pupilId).getAttribute("value");
    }

    List<String> values(List<Long> lessons, long pupilId) {
        return lessons.stream().map(l -> value(l, pupilId)).toList();
    }

    boolean has(long lessonId, long pupilId, String cssClass) {
        return cell(lessonId, pupilId).getAttribute("class").contains(cssClass);
    }

    /**
     * Clicks the first cell and types the texts into it and the cells after it, Tab after each, as
     * a teacher types: the keys go to whichever cell has the focus.
     */
    void typeAcross(long firstLesson, long pupilId, String... texts) {
        cell(firstLesson, pupilId).click();
        Actions keys = new Actions(browser());
        for (String text : texts) {
            keys.sendKeys(text, Keys.TAB);
        }
        keys.perform();
    }

    /** Replaces what one cell holds and leaves it (Tab), which saves it. */
    void type(long lessonId, long pupilId, String text) {
        WebElement input = cell(lessonId, pupilId);
        input.click();
        input.sendKeys(Keys.chord(Keys.CONTROL, "a"), text, Keys.TAB);
    }

    /** Waits until the cell is stored or refused (the grid marks it either way). */
    void waitSettled(long lessonId, long pupilId) {
        waitUntil(b -> has(lessonId, pupilId, "sj-saved") || has(lessonId, pupilId, "sj-error"));
    }

    void waitSaved(long lessonId, long pupilId) {
        waitUntil(b -> has(lessonId, pupilId, "sj-saved"));
    }

    /** The status line under the grid: refusals and «Не сохранено: N». */
    String status() {
        return find(STATUS).getText();
    }

    void waitForStatus(String part) {
        waitUntil(b -> status().contains(part));
    }

    boolean offersSignIn() {
        return present(SIGN_IN_AGAIN);
    }

    void signInAgain() {
        find(SIGN_IN_AGAIN).click();
    }

    String legend() {
        return find(By.cssSelector(".sj-legend")).getText();
    }

    WebElement homework(long lessonId) {
        return lessonField(lessonId, "input.sj-homework");
    }

    WebElement noHomework(long lessonId) {
        return lessonField(lessonId, "input.sj-no-homework");
    }

    /** Types a lesson's homework and leaves the field, which saves the lesson's notes. */
    void typeHomework(long lessonId, String text) {
        WebElement homework = homework(lessonId);
        homework.click();
        homework.sendKeys(Keys.chord(Keys.CONTROL, "a"), text, Keys.TAB);
    }

    private WebElement lessonField(long lessonId, String selector) {
        return find(By.cssSelector("#lessons tr[data-l='" + lessonId + "'] " + selector));
    }

    /** Any cell of the grid that takes input (the first one). */
    WebElement firstCell() {
        return find(By.cssSelector("input.sj-cell"));
    }

    boolean hasCells() {
        return present(By.cssSelector("input.sj-cell"));
    }

    /** Whether the lesson's column takes input (a lesson given or being given). */
    boolean isTyped(long lessonId) {
        return present(By.cssSelector("input.sj-cell[data-l='" + lessonId + "']"));
    }

    /** Whether the lesson's column is shown as still to come (greyed, no fields). */
    boolean isFuture(long lessonId) {
        return present(By.cssSelector("#grid th.sj-future[data-l='" + lessonId + "']"))
                && present(By.cssSelector("#grid td.sj-future[data-l='" + lessonId + "']"));
    }

    /** The hint of the lesson's column header. */
    String lessonHint(long lessonId) {
        return find(By.cssSelector("#grid th[data-l='" + lessonId + "']")).getAttribute("title");
    }

    /** Who gave the lesson, as the lessons under the grid say. */
    String givenBy(long lessonId) {
        return lessonField(lessonId, "td:last-child").getText();
    }

    /** The day numbers of the lessons' columns, in order. */
    List<String> days() {
        return browser().findElements(By.cssSelector("#grid th.sj-day")).stream()
                .map(WebElement::getText)
                .toList();
    }

    /** The period column's header (e.g. «II ч»), shown in the period's last month. */
    String periodColumn() {
        return find(By.cssSelector("th.sj-period-col")).getText();
    }

    /** The period marks in the period column, a pupil a row. */
    List<String> periodMarks() {
        return browser().findElements(By.cssSelector("td.sj-period-mark")).stream()
                .map(WebElement::getText)
                .toList();
    }

    /** The URL of the grid's entry module as the page's {@code <script type="module">} names it. */
    String moduleUrl() {
        return find(By.cssSelector("script[type='module']")).getDomProperty("src");
    }

    /**
     * Runs the grid's cell-format module, as the page loads it (beside its entry module), on the
     * texts: its reading of each as JSON ({attendance, marks, error}).
     */
    String readWithTheGrid(String spec) {
        return (String)
                ((JavascriptExecutor) browser())
                        .executeAsyncScript(
                                "var done = arguments[arguments.length - 1];"
                                        + " var spec = JSON.parse(arguments[1]);"
                                        + " var types = spec.workTypes.map(function (w) {"
                                        + "   return { name: w.name, code: w.code, title: w.name }; });"
                                        + " import(arguments[0]).then(function (format) {"
                                        + "   done(JSON.stringify(spec.cases.map(function (c) {"
                                        + "     return format.parse(c.text, types); })));"
                                        + " }, function (e) { done('import failed: ' + e); });",
                                java.net
                                        .URI
                                        .create(moduleUrl())
                                        .resolve("cell-format.js")
                                        .toString(),
                                spec);
    }

    /** Forgets the cells queued in this browser (they are never sent). */
    void forgetQueue() {
        ((JavascriptExecutor) browser()).executeScript("localStorage.clear();");
    }
}
