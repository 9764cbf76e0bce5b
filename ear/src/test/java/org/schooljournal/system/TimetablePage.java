package org.schooljournal.system;

import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * A class's weekly timetable (deputy/timetable.xhtml, R-S06, R-S11): a choice per weekday and
 * lesson number, saved when chosen; the journal's lessons generated for a date range.
 */
final class TimetablePage extends Page {
    TimetablePage(BrowserTest test) {
        super(test);
    }

    TimetablePage open() {
        browser().get(BASE + "/deputy/timetable.xhtml");
        return this;
    }

    void chooseClass(String title) {
        new Select(find(By.id("tt:class"))).selectByVisibleText(title);
        waitForAjax();
    }

    Select slot(int weekday, int number) {
        return new Select(
                find(By.cssSelector("select[data-slot='" + weekday + ":" + number + "']")));
    }

    /** Chooses the first lesson of the subject in the slot, which saves it (or is refused). */
    void put(int weekday, int number, String subject) {
        Select slot = slot(weekday, number);
        slot.selectByVisibleText(
                slot.getOptions().stream()
                        .map(WebElement::getText)
                        .filter(t -> t.startsWith(subject))
                        .findFirst()
                        .orElseThrow(() -> new AssertionError("no " + subject + " to choose")));
        waitForAjax();
    }

    /** What the slot shows chosen («—» for nothing). */
    String chosen(int weekday, int number) {
        return slot(weekday, number).getFirstSelectedOption().getText();
    }

    /** Generates the class's lessons from and to the dates (dd.MM.yyyy). */
    void generate(String from, String to) {
        WebElement first = find(By.id("tt:from"));
        first.clear();
        first.sendKeys(from);
        WebElement last = find(By.id("tt:to"));
        last.clear();
        last.sendKeys(to, Keys.TAB);
        find(By.id("tt:generate")).click();
        waitForAjax();
    }

    String messages() {
        return find(By.id("messages")).getText();
    }
}
