package org.schooljournal.system;

import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * The school year plan (deputy/calendar.xhtml, R-S01, R-S02): the periods and holidays of the
 * chosen year, edited in place and saved as a whole.
 */
final class CalendarPage extends Page {
    private static final By MESSAGES = By.id("messages");

    CalendarPage(BrowserTest test) {
        super(test);
    }

    CalendarPage open() {
        browser().get(BASE + "/deputy/calendar.xhtml");
        return this;
    }

    /** The date field of the period's row (from 0): {@code startsOn} or {@code endsOn}. */
    WebElement periodDate(int row, String field) {
        return find(By.id("plan:periods:" + row + ":" + field + "_input"));
    }

    String periodDateValue(int row, String field) {
        return periodDate(row, field).getAttribute("value");
    }

    void typePeriodDate(int row, String field, String date) {
        typeDate(periodDate(row, field), date);
    }

    /** Saves the plan and waits for what the server says. */
    void save() {
        find(By.id("plan:save")).click();
        // the ajax queue can be empty before the save's request has left: wait for its answer
        waitUntil(b -> !messages().isBlank());
    }

    String messages() {
        return find(MESSAGES).getText();
    }
}
