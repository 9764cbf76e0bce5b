package org.schooljournal.system;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.Rectangle;
import org.openqa.selenium.WebElement;
import org.schooljournal.testing.ApiClient;
import org.schooljournal.testing.Demo;

/**
 * The family side's screens besides the diary (issue 13, "Proof") at a phone's 390 px and at 1400
 * px: the deputy's consent lists, a parent's mail settings and the homeroom teacher's «Семьи
 * класса». At each width the page does not scroll sideways and each key part is shown whole inside
 * the window; the screenshots are kept (target/screenshots) to be looked at.
 */
class FamilyScreensBrowserIT extends BrowserTest {
    private static final List<Integer> WIDTHS = List.of(390, 1400);

    /** A class of the deputy's school other than the one the page opens with. */
    private static final String CLASS = "5 «Б»";

    /** How the list names a decision (texts_ru's consent.status.*). */
    private static final Map<String, String> DECISIONS =
            Map.of("NONE", "нет решения", "GIVEN", "согласие", "REFUSED", "отказ");

    @Test
    @DisplayName(
            "R-A05 the deputy's consent lists at 390 and 1400 px: each parent's decision, the form"
                    + " recording one, nothing cut or scrolling sideways")
    void consents() throws Exception {
        ApiClient deputy = ApiClient.as(BASE, "s1.deputy", Demo.PASSWORD);
        long classId =
                deputy.get("/classes").array().getValuesAs(JsonObject.class).stream()
                        .filter(c -> c.getString("title").equals(CLASS))
                        .findFirst()
                        .orElseThrow()
                        .getJsonNumber("id")
                        .longValue();
        List<String> expected =
                deputy
                        .get("/classes/" + classId + "/consents")
                        .object()
                        .getJsonArray("rows")
                        .getValuesAs(JsonObject.class)
                        .stream()
                        .map(
                                r ->
                                        r.getString("pupilName")
                                                + " | "
                                                + r.getString("guardianName")
                                                + " | "
                                                + DECISIONS.get(r.getString("decision", "NONE")))
                        .toList();
        signIn("s1.deputy", Demo.PASSWORD);

        FamilyPages.Consents page = new FamilyPages.Consents(this).open().chooseClass(CLASS);

        assertThat(page.table()).contains("Ученик", "Родитель", "Решение");
        assertThat(expected).as("the class's parents").isNotEmpty();
        assertThat(page.rows()).containsExactlyElementsOf(expected);
        fits("consents", page.keyParts());
    }

    @Test
    @DisplayName(
            "R-D02 a parent's mail settings at 390 and 1400 px: frequency, what to send, language;"
                    + " saved and shown again; nothing cut or scrolling sideways")
    void mailSettings() throws Exception {
        signIn(Demo.PARENT, Demo.PASSWORD);
        FamilyPages.MailSettings page = new FamilyPages.MailSettings(this).open();
        String before = page.chosen();
        try {
            assertThat(page.save("WEEKLY").messages()).contains("Настройки сохранены");
            assertThat(new FamilyPages.MailSettings(this).open().chosen()).isEqualTo("WEEKLY");
            fits("mail-settings", page.keyParts());
            labelsBesideButtons("mail:frequency");
        } finally {
            new FamilyPages.MailSettings(this).open().save(before);
        }
    }

    @Test
    @DisplayName(
            "R-A06 the homeroom teacher's «Семьи класса» at 390 and 1400 px: who has not opened"
                    + " the diary, the unread messages, the reminder; nothing cut or scrolling"
                    + " sideways")
    void acknowledgement() throws Exception {
        signIn(Demo.TEACHER, Demo.PASSWORD);
        FamilyPages.Acknowledgement page = new FamilyPages.Acknowledgement(this).open();
        assertThat(page.readers()).as("the class's pupils and parents with accounts").isNotEmpty();
        assertThat(page.staleCount()).matches("\\d+");
        fits("acknowledgement", page.keyParts());
    }

    /**
     * At each width every button of a radio choice has its label on its right, on its line (a label
     * wrapped under its button reads as belonging to the next one).
     */
    private void labelsBesideButtons(String radioName) {
        for (int width : WIDTHS) {
            browser.manage().window().setSize(new Dimension(width, 900));
            List<WebElement> buttons =
                    browser.findElements(By.cssSelector("input[name='" + radioName + "']"));
            assertThat(buttons).as("the buttons of %s", radioName).isNotEmpty();
            for (WebElement button : buttons) {
                WebElement label =
                        browser.findElement(
                                By.cssSelector("label[for='" + button.getAttribute("id") + "']"));
                Rectangle b = button.getRect();
                Rectangle l = label.getRect();
                assertThat(l.getX())
                        .as("%d px: the label «%s» right of its button", width, label.getText())
                        .isGreaterThanOrEqualTo(b.getX() + b.getWidth());
                assertThat(l.getY())
                        .as("%d px: the label «%s» on its button's line", width, label.getText())
                        .isLessThan(b.getY() + b.getHeight());
            }
        }
        browser.manage().window().setSize(new Dimension(1400, 900));
    }

    /**
     * At each width: no sideways scroll of the page, and every key part displayed with its box
     * inside the window's width (a part cut off at the right edge is a part a phone cannot use).
     */
    private void fits(String name, List<By> parts) throws Exception {
        for (int width : WIDTHS) {
            browser.manage().window().setSize(new Dimension(width, 900));
            Long inner =
                    (Long) chrome.executeScript("return document.documentElement.clientWidth;");
            screenshot("family-" + name + "-" + width);
            Long overflow =
                    (Long)
                            chrome.executeScript(
                                    "return document.documentElement.scrollWidth"
                                            + " - document.documentElement.clientWidth;");
            assertThat(overflow)
                    .as("%s at %d px scrolls sideways by", name, width)
                    .isLessThanOrEqualTo(0L);
            for (By part : parts) {
                WebElement e = browser.findElement(part);
                assertThat(e.isDisplayed()).as("%s at %d px: %s shown", name, width, part).isTrue();
                Number right =
                        (Number)
                                chrome.executeScript(
                                        "return arguments[0].getBoundingClientRect().right;", e);
                Number left =
                        (Number)
                                chrome.executeScript(
                                        "return arguments[0].getBoundingClientRect().left;", e);
                assertThat(left.doubleValue())
                        .as("%s at %d px: %s starts inside the window", name, width, part)
                        .isGreaterThanOrEqualTo(0);
                assertThat(right.doubleValue())
                        .as("%s at %d px: %s ends inside the window (%d)", name, width, part, inner)
                        .isLessThanOrEqualTo(inner.doubleValue());
            }
        }
        browser.manage().window().setSize(new Dimension(1400, 900));
    }
}
