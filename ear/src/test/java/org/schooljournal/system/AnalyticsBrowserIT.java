package org.schooljournal.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebElement;
import org.schooljournal.testing.Demo;

/**
 * The deputy's analytics page (R-C09, R-C04) and the department's overview (R-T02) in the browser,
 * on the demo's data, read only: each chart's canvas drawn beside its readable table, at 1400 px
 * and at a phone's 390 px without sideways scrolling, nothing blocked by the CSP.
 */
class AnalyticsBrowserIT extends BrowserTest {
    @Test
    @DisplayName(
            "R-C09 the charts of the analytics page: a canvas drawn per chart beside its table, at 1400 and 390 px, CSP-clean")
    void charts() throws Exception {
        signIn("s1.deputy", Demo.PASSWORD);
        browser.get(BASE + "/deputy/analytics.xhtml");
        for (String chart :
                List.of("marksChart", "attendanceChart", "ratesChart", "teacherChart")) {
            waitUntil(
                    b -> !b.findElements(By.cssSelector("[id$='" + chart + "'] canvas")).isEmpty());
            WebElement canvas = browser.findElement(By.cssSelector("[id$='" + chart + "'] canvas"));
            assertThat(canvas.getSize().getWidth()).as(chart).isGreaterThan(100);
            assertThat(canvas.getSize().getHeight()).as(chart).isGreaterThan(100);
        }
        // the demo's first quarter is closed with period marks: its rates are in the table
        String rates = browser.findElement(By.cssSelector("[id$='ratesTable']")).getText();
        assertThat(rates).contains("Успеваемость").containsPattern("\\d+,\\d");
        List<WebElement> weeks =
                browser.findElements(By.cssSelector("[id$='marksTable'] tbody tr"));
        assertThat(weeks).isNotEmpty();
        // the chart's data are the table's: the canvas is Chart.js's own (it keeps its instance)
        Object drawn =
                chrome.executeScript(
                        "var c = document.querySelector(\"[id$='ratesChart'] canvas\");"
                                + " return window.Chart && Chart.getChart(c) ?"
                                + " Chart.getChart(c).data.datasets.length : -1;");
        assertThat(drawn).isEqualTo(2L);
        shots("analytics");
        assertNoCspViolations();
    }

    @Test
    @DisplayName(
            "R-T02 the department's overview page: a row per school with the rates and the median, at 1400 and 390 px")
    void departmentOverview() throws Exception {
        signIn("admin", Demo.PASSWORD);
        browser.get(BASE + "/municipal/overview.xhtml");
        String table = browser.findElement(By.cssSelector("[id$='overview']")).getText();
        assertThat(table).contains("Медиана по муниципалитету");
        assertThat(browser.findElements(By.cssSelector("[id$='overview'] tbody tr")).size())
                .isGreaterThanOrEqualTo(2);
        shots("department-overview");
        assertNoCspViolations();
    }

    /** The page at 1400 px and at 390 px (a phone): nothing of it may run off the side. */
    private void shots(String name) throws Exception {
        browser.manage().window().setSize(new Dimension(1400, 900));
        screenshot("analytics-" + name + "-1400");
        browser.manage().window().setSize(new Dimension(390, 844));
        Thread.sleep(300); // Chart.js redraws on resize
        Long overflow =
                (Long)
                        chrome.executeScript(
                                "return document.documentElement.scrollWidth"
                                        + " - document.documentElement.clientWidth;");
        screenshot("analytics-" + name + "-390");
        assertThat(overflow).as("the page is wider than a phone's screen").isLessThanOrEqualTo(0L);
        browser.manage().window().setSize(new Dimension(1400, 900));
    }
}
