package org.schooljournal.system;

import java.util.function.Function;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

/**
 * A screen as the browser tests drive it (page object): where its parts are and what a user does on
 * it, so that a test reads as the user's steps and a changed id is fixed in one place. Pages find
 * and act; the tests assert.
 */
abstract class Page {
    static final String BASE = BrowserTest.BASE;

    private final BrowserTest test;

    Page(BrowserTest test) {
        this.test = test;
    }

    WebDriver browser() {
        return test.browser;
    }

    WebElement find(By by) {
        return test.browser.findElement(by);
    }

    boolean present(By by) {
        return !test.browser.findElements(by).isEmpty();
    }

    /** Waits as the tests do: a timeout leaves a screenshot and the page's HTML. */
    void waitUntil(Function<WebDriver, Boolean> condition) {
        test.waitUntil(condition);
    }

    void waitForAjax() {
        test.waitForAjax();
    }

    /** Types a date into a PrimeFaces date picker and leaves it with no overlay open. */
    void typeDate(WebElement input, String date) {
        test.typeDate(input, date);
    }
}
