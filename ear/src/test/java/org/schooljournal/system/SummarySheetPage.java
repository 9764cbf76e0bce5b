package org.schooljournal.system;

import java.util.List;
import org.openqa.selenium.By;

/**
 * A class's summary sheet (teacher/summary.xhtml, R-J12): a row per pupil, for each subject a
 * column per period and one for the year.
 */
final class SummarySheetPage extends Page {
    private static final By TABLE = By.cssSelector("table.sj-summary");

    SummarySheetPage(BrowserTest test) {
        super(test);
    }

    SummarySheetPage open(long classId) {
        browser().get(BASE + "/teacher/summary.xhtml?classId=" + classId);
        return this;
    }

    String text() {
        return find(TABLE).getText();
    }

    /** The subjects of the header, in their order (full names). */
    List<String> subjects() {
        return browser().findElements(By.cssSelector("th.sj-summary-subject")).stream()
                .map(th -> th.getAttribute("title"))
                .toList();
    }

    /** What the pupil's row (from 0) shows for the subject's period (from 0; the last: year). */
    String mark(int pupilRow, String subject, int period) {
        List<String> subjects = subjects();
        // the second header row: № and name, then each subject's periods and year
        int span =
                (browser()
                                        .findElements(
                                                By.cssSelector(
                                                        "table.sj-summary thead tr:nth-child(2) th"))
                                        .size()
                                - 2)
                        / subjects.size();
        return browser()
                .findElements(By.cssSelector("table.sj-summary tbody tr"))
                .get(pupilRow)
                .findElements(By.tagName("td"))
                .get(2 + subjects.indexOf(subject) * span + period)
                .getText();
    }
}
