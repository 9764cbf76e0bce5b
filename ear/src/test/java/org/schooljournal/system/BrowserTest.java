package org.schooljournal.system;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
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
import org.openqa.selenium.support.events.EventFiringDecorator;
import org.openqa.selenium.support.events.WebDriverListener;
import org.openqa.selenium.support.ui.WebDriverWait;

/** Base of the browser tests: Debian's Chromium, headless, nothing downloaded. */
abstract class BrowserTest {
    static final String BASE = ApiSystemIT.BASE;

    /** The browser as the tests drive it: every page it loads is checked for accessibility. */
    WebDriver browser;

    /** The same browser undecorated, for Chromium's own commands (CDP). */
    ChromeDriver chrome;

    /**
     * Pages already checked by axe in this run (path without the query): once each keeps it cheap.
     */
    private static final Set<String> CHECKED = ConcurrentHashMap.newKeySet();

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
        chrome = new ChromeDriver(service, options);
        browser =
                new EventFiringDecorator<WebDriver>(
                                new WebDriverListener() {
                                    @Override
                                    public void afterGet(WebDriver driver, String url) {
                                        checkAccessibility();
                                    }

                                    @Override
                                    public void afterRefresh(WebDriver.Navigation navigation) {
                                        checkAccessibility();
                                    }
                                })
                        .decorate(chrome);
        browser.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
    }

    @AfterEach
    void closeBrowser() {
        if (chrome != null) {
            chrome.quit();
        }
    }

    void signIn(String login, String password) {
        new LoginPage(this).open().signIn(login, password);
        checkAccessibility();
    }

    /**
     * WCAG 2.1 AA (issue 8, item 10): axe-core checks the page in the browser, once per page and
     * run; a serious or critical violation fails the test that opened it, naming the rule and the
     * elements. Called after each navigation (the {@link #browser} listener) and after signing in;
     * call it after a click that opens another page.
     */
    void checkAccessibility() {
        String page = chrome.getCurrentUrl().replaceFirst("[?#;].*$", "");
        if (page.contains("/api/") || !CHECKED.add(page)) {
            return;
        }
        Results results =
                new AxeBuilder()
                        .withTags(List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa"))
                        .analyze(chrome);
        List<String> serious =
                results.getViolations().stream()
                        .filter(
                                v ->
                                        "serious".equals(v.getImpact())
                                                || "critical".equals(v.getImpact()))
                        .map(
                                v ->
                                        v.getImpact()
                                                + " "
                                                + v.getId()
                                                + " ("
                                                + v.getHelp()
                                                + "): "
                                                + v.getNodes().stream()
                                                        .limit(3)
                                                        .map(n -> String.valueOf(n.getTarget()))
                                                        .toList())
                        .toList();
        if (!serious.isEmpty()) {
            CHECKED.remove(page);
            throw new AssertionError(
                    "WCAG 2.1 AA violations on " + page + ":\n" + String.join("\n", serious));
        }
    }

    void signOut() {
        new Header(this).signOut();
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
