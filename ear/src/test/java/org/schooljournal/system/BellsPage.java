package org.schooljournal.system;

import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * The bell schedules (deputy/bells.xhtml, R-S10): the schedules, and each class's shift and
 * schedule, saved as soon as one is chosen in its row.
 */
final class BellsPage extends Page {
    private static final By ROWS = By.cssSelector("[id='classes:regimes_data'] > tr");

    BellsPage(BrowserTest test) {
        super(test);
    }

    BellsPage open() {
        browser().get(BASE + "/deputy/bells.xhtml");
        return this;
    }

    /** The classes' titles, a row each. */
    List<String> classes() {
        return browser().findElements(ROWS).stream()
                .map(tr -> tr.findElement(By.tagName("td")).getText())
                .toList();
    }

    /** The row (from 0) of the first class that follows the main schedule. */
    int firstOnMainSchedule() {
        for (int row = 0; row < classes().size(); row++) {
            if (chosen(row, "schedule").isEmpty()) {
                return row;
            }
        }
        throw new AssertionError("no class follows the main schedule: " + classes());
    }

    /** The value the row's menu ({@code shift} or {@code schedule}) shows chosen. */
    String chosen(int row, String menu) {
        WebElement select = find(By.id("classes:regimes:" + row + ":" + menu + "_input"));
        return new Select(select).getFirstSelectedOption().getAttribute("value");
    }

    /**
     * Chooses the row's shift through the menu widget's own API and fires its change, as a click on
     * its item does (a click while the overlay still moves can miss), and waits for the answer: the
     * row is saved at once.
     */
    void chooseShift(int row, int shift) {
        ((JavascriptExecutor) browser())
                .executeScript(
                        "var menu = PrimeFaces.getWidgetById(arguments[0]);"
                                + " menu.selectValue(arguments[1]); menu.triggerChange();",
                        "classes:regimes:" + row + ":shift",
                        String.valueOf(shift));
        waitForAjax();
        waitUntil(b -> !messages().isBlank());
    }

    String messages() {
        return find(By.id("messages")).getText();
    }
}
