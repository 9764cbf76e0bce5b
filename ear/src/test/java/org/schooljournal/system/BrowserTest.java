package org.schooljournal.system;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** Base of the browser tests: Debian's Chromium, headless, nothing downloaded. */
abstract class BrowserTest {
    static final String BASE = ApiSystemIT.BASE;

    WebDriver browser;

    @BeforeEach
    void openBrowser() throws IOException {
        ChromeOptions options = new ChromeOptions();
        options.setBinary("/usr/bin/chromium");
        options.addArguments(
                "--headless",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-dev-shm-usage",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--no-first-run",
                "--window-size=1400,900",
                "--lang=ru",
                "--user-data-dir=" + Files.createTempDirectory("chromium"));
        // The console, to find what the Content-Security-Policy blocked (assertNoCspViolations).
        options.setCapability("goog:loggingPrefs", java.util.Map.of("browser", "ALL"));
        ChromeDriverService service =
                new ChromeDriverService.Builder()
                        .usingDriverExecutable(new File("/usr/bin/chromedriver"))
                        .build();
        browser = new ChromeDriver(service, options);
        browser.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
    }

    @AfterEach
    void closeBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    void signIn(String login, String password) {
        browser.get(BASE + "/login.xhtml");
        browser.findElement(By.id("login:username")).sendKeys(login);
        browser.findElement(By.id("login:password")).sendKeys(password);
        browser.findElement(By.id("login:signIn")).click();
        waitUntil(
                b ->
                        !b.getCurrentUrl().contains("login.xhtml")
                                || !b.findElements(By.cssSelector(".ui-messages-error")).isEmpty());
    }

    void signOut() {
        browser.findElement(By.id("account:signOut")).click();
        waitUntil(b -> b.getCurrentUrl().contains("login.xhtml"));
    }

    /**
     * Types a date into a PrimeFaces date picker and leaves it with no overlay open. Tabbing on
     * would focus the next picker, whose overlay opens with an animation and can take the next
     * click meant for a button.
     */
    void typeDate(WebElement input, String date) {
        input.sendKeys(Keys.chord(Keys.CONTROL, "a"), date);
        // Escape does not always close the overlay and a click outside may land on it: ask the
        // date pickers themselves to close, then leave the input so that it changes.
        ((JavascriptExecutor) browser)
                .executeScript(
                        "for (var k in PrimeFaces.widgets) { var w = PrimeFaces.widgets[k];"
                                + " if (w instanceof PrimeFaces.widget.DatePicker && w.hide) {"
                                + " w.hide(); } }"
                                + " arguments[0].dispatchEvent(new Event('change'));"
                                + " arguments[0].blur();",
                        input);
        waitUntil(
                b ->
                        b.findElements(By.cssSelector(".p-datepicker-panel")).stream()
                                .noneMatch(WebElement::isDisplayed));
    }

    void waitUntil(java.util.function.Function<WebDriver, Boolean> condition) {
        try {
            new WebDriverWait(browser, Duration.ofSeconds(20))
                    .ignoring(org.openqa.selenium.StaleElementReferenceException.class)
                    .until(condition::apply);
        } catch (org.openqa.selenium.TimeoutException timeout) {
            try {
                screenshot("timeout-" + getClass().getSimpleName());
                Files.writeString(
                        Path.of(System.getProperty("journal.screenshots", "target/screenshots"))
                                .resolve("timeout-" + getClass().getSimpleName() + ".html"),
                        browser.getPageSource());
            } catch (IOException e) {
                timeout.addSuppressed(e);
            }
            throw timeout;
        }
    }

    void waitForAjax() {
        waitUntil(
                b ->
                        (Boolean)
                                ((JavascriptExecutor) b)
                                        .executeScript(
                                                "return !!window.PrimeFaces && PrimeFaces.ajax.Queue.isEmpty()"));
    }

    /**
     * Nothing on the pages seen so far was blocked by the Content-Security-Policy (R-A03): a page
     * broken by its own policy is worse than none. Reads Chromium's console.
     */
    void assertNoCspViolations() {
        java.util.List<String> violations =
                browser
                        .manage()
                        .logs()
                        .get(org.openqa.selenium.logging.LogType.BROWSER)
                        .getAll()
                        .stream()
                        .map(org.openqa.selenium.logging.LogEntry::getMessage)
                        .filter(
                                m ->
                                        m.contains("Content Security Policy")
                                                || m.contains("Content-Security-Policy"))
                        .toList();
        org.assertj.core.api.Assertions.assertThat(violations)
                .as("CSP violations in the browser's console")
                .isEmpty();
    }

    /** Keeps a picture of the screen for people to look at (target/screenshots). */
    void screenshot(String name) throws IOException {
        Path dir = Path.of(System.getProperty("journal.screenshots", "target/screenshots"));
        Files.createDirectories(dir);
        Files.write(
                dir.resolve(name + ".png"),
                ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES));
    }
}
