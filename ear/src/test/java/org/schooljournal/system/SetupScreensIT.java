package org.schooljournal.system;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.schooljournal.testing.Demo;

/** Every setup screen opens for the deputy head and shows its data; a teacher is kept out. */
class SetupScreensIT extends BrowserTest {
    static final String[] PAGES = {
        "index",
        "calendar",
        "subjects",
        "rooms",
        "staff",
        "classes",
        "lesson-plans",
        "timetable",
        "control-works",
        "movements",
        "curriculum",
        "rollover",
        "groups",
        "bells",
        "timetable-views",
        "substitutions",
        "work-types"
    };

    @Test
    @DisplayName(
            "R-S04 R-S05 R-S06 R-S07 R-S09 R-S10 R-S11 R-S12 R-S13 R-J06 the setup screens render for the deputy head")
    void screensRender() throws Exception {
        signIn("s1.deputy", Demo.PASSWORD);
        for (String page : PAGES) {
            browser.get(BASE + "/deputy/" + page + ".xhtml");
            screenshot("setup-" + page);
            assertThat(browser.getTitle()).as(page).doesNotContain("Страница недоступна");
            assertThat(browser.findElements(By.cssSelector("main h1"))).as(page).isNotEmpty();
        }
        browser.get(BASE + "/deputy/staff.xhtml");
        assertThat(browser.getPageSource()).contains("s1.teacher1");
        browser.get(BASE + "/deputy/classes.xhtml");
        assertThat(browser.getPageSource()).contains("5 «А»");
    }

    @Test
    @DisplayName(
            "R-A03 a teacher cannot open the setup screens: the 403 page says «Нет доступа» with a link home")
    void teacherKeptOut() {
        signIn(Demo.TEACHER, Demo.PASSWORD);
        browser.get(BASE + "/deputy/staff.xhtml");

        assertThat(browser.getPageSource()).doesNotContain("s1.admin");
        // the 403 page: says so, with a way home
        assertThat(browser.getTitle()).contains("Нет доступа");
        assertThat(browser.findElement(org.openqa.selenium.By.id("home")).getAttribute("href"))
                .endsWith("/app/home.xhtml");
    }
}
