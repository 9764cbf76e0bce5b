package org.schooljournal.system;

import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

/**
 * The rooms screen (deputy/rooms.xhtml, R-S04): the school's rooms, each name editable in its row
 * and saved when it is left; a form to add one; removal with a confirmation.
 */
final class RoomsPage extends Page {
    private static final By NAMES = By.cssSelector("input[id^='list:rooms:'][id$=':name']");
    private static final By MESSAGES = By.id("messages");

    RoomsPage(BrowserTest test) {
        super(test);
    }

    RoomsPage open() {
        browser().get(BASE + "/deputy/rooms.xhtml");
        return this;
    }

    /** The names in the rows, as shown. */
    List<String> names() {
        return browser().findElements(NAMES).stream().map(n -> n.getAttribute("value")).toList();
    }

    /** The row (from 0) showing the name. */
    int rowOf(String name) {
        int row = names().indexOf(name);
        if (row < 0) {
            throw new AssertionError("no room «" + name + "» in " + names());
        }
        return row;
    }

    WebElement nameField(int row) {
        return find(By.id("list:rooms:" + row + ":name"));
    }

    void add(String name) {
        find(By.id("add:name")).sendKeys(name);
        find(By.id("add:addButton")).click();
        waitForAjax();
    }

    /** Types a new name into the row and leaves it, which saves it at once. */
    void rename(int row, String name) {
        nameField(row).sendKeys(Keys.chord(Keys.CONTROL, "a"), name, Keys.TAB);
        waitForAjax();
    }

    void remove(int row) {
        find(By.id("list:rooms:" + row + ":remove")).click();
        waitUntil(b -> find(By.cssSelector(".ui-confirmdialog-yes")).isDisplayed());
        find(By.cssSelector(".ui-confirmdialog-yes")).click();
        waitForAjax();
    }

    String messages() {
        return find(MESSAGES).getText();
    }
}
