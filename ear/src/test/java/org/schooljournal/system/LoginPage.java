package org.schooljournal.system;

import org.openqa.selenium.By;

/** The sign-in page (R-A01). */
final class LoginPage extends Page {
    private static final By USERNAME = By.id("login:username");
    private static final By PASSWORD = By.id("login:password");
    private static final By SIGN_IN = By.id("login:signIn");
    private static final By ERROR = By.cssSelector(".ui-messages-error");

    LoginPage(BrowserTest test) {
        super(test);
    }

    LoginPage open() {
        browser().get(BASE + "/login.xhtml");
        return this;
    }

    boolean isShown() {
        return browser().getCurrentUrl().contains("login.xhtml");
    }

    /** The refusal shown after a failed sign-in. */
    String error() {
        return find(ERROR).getText();
    }

    /** Types the login and password and signs in; waits for the next page or the refusal. */
    void signIn(String login, String password) {
        find(USERNAME).sendKeys(login);
        find(PASSWORD).sendKeys(password);
        find(SIGN_IN).click();
        waitUntil(b -> !isShown() || present(ERROR));
    }
}
