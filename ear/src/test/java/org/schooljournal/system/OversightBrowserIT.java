package org.schooljournal.system;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.Dimension;
import org.schooljournal.testing.Demo;

/**
 * The deputy's check screens in the browser (issue 12) on the demo's first school, read only: the
 * plan checks on the oversight page, the completeness page worst first, rows linking to the
 * journal, exports with the filter, and both at 1400 and 390 px (cards, no sideways scroll).
 */
class OversightBrowserIT extends BrowserTest {
    static final String DEPUTY = "s1.deputy";

    @Test
    @DisplayName(
            "R-C01 R-C08 the deputy's plan checks at 1400 and 390 px: fulfilment per journal and per profile, homework volume, substituted and missed lessons, filtered by class")
    void planChecks() throws Exception {
        signIn(DEPUTY, Demo.PASSWORD);
        OversightPage page = new OversightPage(this).open();
        assertThat(page.headings())
                .contains(
                        "Выполнение учебного плана",
                        "Выполнение учебного плана по профилям",
                        "Объём домашних заданий",
                        "Замещённые уроки",
                        "Непроведённые уроки");
        assertThat(page.table("profiles")).contains("базовый учебный план");
        String fiveA =
                page.classes().stream()
                        .filter(c -> c.startsWith("5"))
                        .findFirst()
                        .orElseThrow(() -> new AssertionError("the demo has a 5th grade"));
        page.filterClass(fiveA);
        assertThat(page.rows("fulfilment")).isNotEmpty();
        assertThat(page.table("fulfilment")).contains(fiveA).contains("Проведено");
        assertThat(page.journalLinks("fulfilment"))
                .isNotEmpty()
                .allSatisfy(href -> assertThat(href).contains("/teacher/journal.xhtml?id="));
        assertThat(page.exportLink("fulfilmentXlsx"))
                .contains("/api/v1/oversight/exports/fulfilment.xlsx")
                .contains("class=");
        shots("oversight-plan");
        assertNoCspViolations();
    }

    @Test
    @DisplayName(
            "R-C07 the completeness page at 1400 and 390 px: a score per journal, worst first, linking to the journal, exported")
    void completeness() throws Exception {
        signIn(DEPUTY, Demo.PASSWORD);
        OversightPage page = new OversightPage(this).open().toCompleteness();
        assertThat(page.headings()).contains("Полнота и своевременность ведения журналов");
        assertThat(page.rows("completeness")).isNotEmpty();
        // worst first: the scores never fall down the page
        assertThat(page.scores()).isNotEmpty().isSorted();
        assertThat(page.journalLinks("completeness"))
                .allSatisfy(href -> assertThat(href).contains("/teacher/journal.xhtml?id="));
        assertThat(page.exportLink("completenessPdf"))
                .contains("/api/v1/oversight/exports/completeness.pdf");
        shots("oversight-completeness");
        assertNoCspViolations();
    }

    @Test
    @DisplayName(
            "R-C04 the deputy's control-works schedule at 1400 and 390 px: the month's works as a table, as cards on a phone, with the planning form")
    void controlWorks() throws Exception {
        signIn(DEPUTY, Demo.PASSWORD);
        browser.get(BASE + "/deputy/control-works.xhtml");
        assertThat(browser.findElements(org.openqa.selenium.By.id("schedule:works"))).hasSize(1);
        assertThat(browser.findElements(org.openqa.selenium.By.id("add:scheduleButton")))
                .hasSize(1);
        shots("control-works");
        assertNoCspViolations();
    }

    /** The page at 1400 px and at 390 px (a phone): nothing of it may run off the side. */
    private void shots(String name) throws Exception {
        browser.manage().window().setSize(new Dimension(1400, 900));
        screenshot(name + "-1400");
        browser.manage().window().setSize(new Dimension(390, 844));
        Long overflow =
                (Long)
                        chrome.executeScript(
                                "return document.documentElement.scrollWidth"
                                        + " - document.documentElement.clientWidth;");
        screenshot(name + "-390");
        assertThat(overflow).as("%s is wider than a phone's screen", name).isLessThanOrEqualTo(0L);
        browser.manage().window().setSize(new Dimension(1400, 900));
    }
}
