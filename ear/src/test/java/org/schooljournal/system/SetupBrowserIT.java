package org.schooljournal.system;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.schooljournal.testing.ApiClient;
import org.schooljournal.testing.Demo;

/** The deputy head's school year setup on the EAR: the year plan, the timetable, lessons. */
class SetupBrowserIT extends BrowserTest {
    private Select slot(int weekday, int number) {
        return new Select(
                browser.findElement(
                        By.cssSelector("select[data-slot='" + weekday + ":" + number + "']")));
    }

    private void chooseClass(String title) {
        new Select(browser.findElement(By.id("tt:class"))).selectByVisibleText(title);
        waitForAjax();
    }

    @Test
    @DisplayName(
            "R-S11 a deputy builds a week's timetable, a double booking is refused, lessons are generated and appear in the teacher's journal")
    void timetableToJournal() throws Exception {
        signIn("s1.deputy", Demo.PASSWORD);
        browser.get(BASE + "/deputy/timetable.xhtml");
        // Tuesday's 7th lesson: free in both classes of the demo timetable (it fills #1–#6).
        chooseClass("5 «Б»");
        slot(2, 7)
                .selectByVisibleText(
                        slot(2, 7).getOptions().stream()
                                .map(WebElement::getText)
                                .filter(t -> t.startsWith("Математика"))
                                .findFirst()
                                .orElseThrow());
        waitForAjax();

        chooseClass("5 «А»");
        Select clash = slot(2, 7);
        clash.selectByVisibleText(
                clash.getOptions().stream()
                        .map(WebElement::getText)
                        .filter(t -> t.startsWith("Математика"))
                        .findFirst()
                        .orElseThrow());
        waitForAjax();
        screenshot("07-timetable-clash");
        assertThat(browser.findElement(By.id("messages")).getText())
                .contains("уже ведёт урок", "вторник", "5 «Б»");
        assertThat(slot(2, 7).getFirstSelectedOption().getText()).isEqualTo("—");

        chooseClass("5 «Б»");
        assertThat(slot(2, 7).getFirstSelectedOption().getText()).startsWith("Математика");
        WebElement from = browser.findElement(By.id("tt:from"));
        from.clear();
        from.sendKeys("11.01.2027");
        WebElement to = browser.findElement(By.id("tt:to"));
        to.clear();
        to.sendKeys("24.01.2027", Keys.TAB);
        browser.findElement(By.id("tt:generate")).click();
        waitForAjax();
        screenshot("08-timetable-generated");
        assertThat(browser.findElement(By.id("messages")).getText()).contains("Создано уроков: 2");
        signOut();

        JsonObject journal =
                ApiClient.as(BASE, Demo.TEACHER, Demo.PASSWORD)
                        .get("/journals")
                        .array()
                        .getValuesAs(JsonObject.class)
                        .stream()
                        .filter(
                                j ->
                                        j.getString("classTitle").equals("5 «Б»")
                                                && j.getString("subject").equals("Математика"))
                        .findFirst()
                        .orElseThrow();
        signIn(Demo.TEACHER, Demo.PASSWORD);
        browser.get(
                BASE
                        + "/teacher/journal.xhtml?id="
                        + journal.getJsonNumber("assignmentId")
                        + "&month=2027-01");
        screenshot("09-generated-lessons-in-journal");
        // The demo's own Tuesday maths lesson and the generated 7th one, on both Tuesdays.
        List<String> days =
                browser.findElements(By.cssSelector("#grid th.sj-day")).stream()
                        .map(WebElement::getText)
                        .toList();
        assertThat(days).filteredOn("12"::equals).hasSize(2);
        assertThat(days).filteredOn("19"::equals).hasSize(2);
        assertNoCspViolations();
    }

    @Test
    @DisplayName(
            "R-S01 the year plan screen shows the periods; an overlap is refused naming both periods, nothing saved")
    void yearPlanOverlapRefused() throws Exception {
        signIn("s1.deputy", Demo.PASSWORD);
        browser.get(BASE + "/deputy/calendar.xhtml");
        screenshot("10-calendar");
        assertThat(browser.findElement(By.id("plan:periods:0:endsOn_input")).getAttribute("value"))
                .isEqualTo("23.10.2026");

        WebElement secondStart = browser.findElement(By.id("plan:periods:1:startsOn_input"));
        String before = secondStart.getAttribute("value");
        typeDate(secondStart, "20.10.2026");
        browser.findElement(By.id("plan:save")).click();
        // the ajax queue can be empty before the save's request has left: wait for its answer
        waitUntil(b -> !b.findElement(By.id("messages")).getText().isBlank());
        screenshot("11-calendar-overlap");

        assertThat(browser.findElement(By.id("messages")).getText()).contains("пересекаются");
        browser.get(BASE + "/deputy/calendar.xhtml");
        assertThat(
                        browser.findElement(By.id("plan:periods:1:startsOn_input"))
                                .getAttribute("value"))
                .isEqualTo(before);
    }
}
