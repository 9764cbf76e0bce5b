package org.schooljournal.system;

import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;

/**
 * A journal's period marks (teacher/period-marks.xhtml, R-J07, R-J11) or year marks
 * (teacher/year-marks.xhtml, R-J12): a row per pupil with the marks it comes from, the suggestion,
 * the mark typed down the column, its reason and the row's problem; the period's lock under it.
 */
final class FinalMarksPage extends Page {
    private static final By ROWS = By.cssSelector("table.sj-period-marks tbody tr");
    private static final By CONFIRM = By.cssSelector(".ui-confirmdialog-yes");
    private static final By CLOSED = By.cssSelector(".sj-closed");
    private static final By ERRORS = By.cssSelector(".ui-messages-error");

    FinalMarksPage(BrowserTest test) {
        super(test);
    }

    /** The journal's current period. */
    FinalMarksPage openPeriod(long journal) {
        browser().get(BASE + "/teacher/period-marks.xhtml?id=" + journal);
        return this;
    }

    FinalMarksPage openPeriod(long journal, long periodId) {
        browser().get(periodUrl(journal, periodId));
        return this;
    }

    static String periodUrl(long journal, long periodId) {
        return BASE + "/teacher/period-marks.xhtml?id=" + journal + "&period=" + periodId;
    }

    FinalMarksPage openYear(long journal) {
        browser().get(BASE + "/teacher/year-marks.xhtml?id=" + journal);
        return this;
    }

    List<WebElement> rows() {
        return browser().findElements(ROWS);
    }

    WebElement row(int index) {
        return rows().get(index);
    }

    WebElement rowOf(long pupil) {
        return find(By.cssSelector("table.sj-period-marks tbody tr[data-p='" + pupil + "']"));
    }

    static String suggested(WebElement row) {
        return row.findElement(By.cssSelector(".sj-suggested")).getText();
    }

    /** The period marks a year mark comes from, in the row. */
    static List<String> periodMarks(WebElement row) {
        return row.findElements(By.cssSelector("td.sj-period-mark")).stream()
                .map(WebElement::getText)
                .toList();
    }

    static WebElement mark(WebElement row) {
        return row.findElement(By.cssSelector("input.sj-pm"));
    }

    static WebElement reason(WebElement row) {
        return row.findElement(By.cssSelector("input.sj-pm-reason"));
    }

    /** What the row says is wrong with its mark (empty when nothing). */
    static String problem(WebElement row) {
        return row.findElement(By.cssSelector("[id$=':problem']")).getText().strip();
    }

    /** How many period columns the year marks table has. */
    int periodColumns() {
        return browser()
                .findElements(By.cssSelector("table.sj-period-marks thead th.sj-period-col"))
                .size();
    }

    /** The link to the period (its name in the page's language). */
    String periodLink() {
        return find(By.cssSelector(".sj-period-link")).getText();
    }

    List<String> averages() {
        return browser().findElements(By.cssSelector("td.sj-average")).stream()
                .map(WebElement::getText)
                .toList();
    }

    /**
     * Types the marks down the column from the row's mark on, Enter after each, as a teacher types:
     * the keys go to whichever field has the focus.
     */
    void typeDown(WebElement firstRow, String... marks) {
        mark(firstRow).click();
        Actions keys = new Actions(browser());
        for (String value : marks) {
            keys.keyDown(Keys.CONTROL)
                    .sendKeys("a")
                    .keyUp(Keys.CONTROL)
                    .sendKeys(value, Keys.ENTER);
        }
        keys.perform();
    }

    /** Types the row's reason and leaves the field, which saves it. */
    static void giveReason(WebElement row, String text) {
        WebElement why = reason(row);
        why.click();
        why.sendKeys(text, Keys.TAB);
    }

    /** Closes the period (with the confirmation) and waits until the page shows it closed. */
    void closePeriod() {
        find(By.id("lock:close")).click();
        waitUntil(b -> present(CONFIRM) && find(CONFIRM).isDisplayed());
        find(CONFIRM).click();
        waitUntil(b -> isClosed());
    }

    boolean isClosed() {
        return present(CLOSED);
    }

    void reopen(String reason) {
        find(By.id("lock:reopenReason")).sendKeys(reason);
        find(By.id("lock:reopen")).click();
        waitUntil(b -> !isClosed());
    }

    /** Waits for an error message containing the part and answers it. */
    String waitForError(String part) {
        waitUntil(
                b ->
                        browser().findElements(ERRORS).stream()
                                .anyMatch(m -> m.getText().contains(part)));
        return find(ERRORS).getText();
    }
}
