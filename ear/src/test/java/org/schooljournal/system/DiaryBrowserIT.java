package org.schooljournal.system;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.schooljournal.testing.ApiClient;
import org.schooljournal.testing.Demo;

/**
 * The week diary in the browser (R-D01) on the EAR: a parent of two children reads a week with a
 * substitution and a moved lesson that the test records itself (about 14 weeks ahead, a week no
 * other test uses, given back at the end), at desktop and phone width.
 */
class DiaryBrowserIT extends BrowserTest {

    private static long id(JsonObject o, String name) {
        return o.getJsonNumber(name).longValue();
    }

    @Test
    @DisplayName(
            "R-D01 the parent's week diary at 1400 and 390 px: a substitution and a moved lesson marked, weeks and children switched, the tabs")
    void weekDiary() throws Exception {
        ApiClient parent = ApiClient.as(BASE, Demo.PARENT, Demo.PASSWORD);
        ApiClient deputy = ApiClient.as(BASE, "s1.deputy", Demo.PASSWORD);
        JsonObject children = parent.get("/diary/week").object();
        long child = id(children.getJsonObject("child"), "pupilId");
        LocalDate monday =
                LocalDate.now()
                        .plusWeeks(14)
                        .with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        List<JsonObject> lessons = new ArrayList<>();
        for (int i = 0; i < 6 && lessons.size() < 6; i++, monday = monday.plusWeeks(1)) {
            lessons =
                    lessonsOf(
                            parent.get("/diary/week?pupil=" + child + "&date=" + monday).object());
        }
        monday = monday.minusWeeks(1);
        assertThat(lessons).as("a study week ahead").hasSizeGreaterThanOrEqualTo(6);
        JsonObject substituted = lessons.get(0);
        JsonObject moved = lessons.get(lessons.size() - 1);
        String givenBy = "/lessons/" + id(substituted, "lessonId") + "/schedule/given-by";
        String slot = "/lessons/" + id(moved, "lessonId") + "/schedule/slot";
        long substitute = staff(deputy, Demo.OTHER_TEACHER);
        if (substituted.getString("teacher").equals(staffName(deputy, Demo.OTHER_TEACHER))) {
            substitute = staff(deputy, "s1.teacher3");
        }
        try {
            assertThat(deputy.put(givenBy, "{\"staffId\":" + substitute + "}").status())
                    .isEqualTo(204);
            LocalDate target = LocalDate.parse(substituted.getString("date"));
            int number = 8;
            while (deputy.put(slot, "{\"date\":\"" + target + "\",\"number\":" + number + "}")
                            .status()
                    == 409) {
                number--;
            }

            signIn(Demo.PARENT, Demo.PASSWORD);
            DiaryPage diary = new DiaryPage(this).open(monday);
            assertThat(diary.days()).hasSize(6).first().isEqualTo(monday.toString());
            assertThat(diary.lesson(id(substituted, "lessonId")).getText()).contains("Замена:");
            assertThat(diary.lesson(id(moved, "lessonId")).getText())
                    .contains(
                            "Перенесён с "
                                    + moved.getString("date").substring(8, 10)
                                    + "."
                                    + moved.getString("date").substring(5, 7)
                                    + ", "
                                    + moved.getInt("number")
                                    + " урок");
            assertThat(
                            browser.findElement(
                                            By.cssSelector(
                                                    "section.dw-day[data-date='" + target + "']"))
                                    .getText())
                    .contains(moved.getString("subject"));
            shots(diary, "diary-week");

            String title = diary.weekTitle();
            diary.next();
            assertThat(diary.days().get(0)).isEqualTo(monday.plusWeeks(1).toString());
            diary.previous();
            assertThat(diary.weekTitle()).isEqualTo(title);

            diary.tab("Оценки", By.id("subjects"));
            shots(diary, "diary-marks");
            diary.tab("Расписание", By.id("timetable"));
            assertThat(browser.findElement(By.id("timetable")).getText())
                    .contains(moved.getString("subject").replaceAll(" \\(.*", ""));
            shots(diary, "diary-timetable");
            diary.tab("Учителя", By.id("teachers"));
            assertThat(browser.findElement(By.id("teachers")).getText())
                    .contains(substituted.getString("teacher"));

            List<String> names = diary.children();
            assertThat(names).as("the demo's first parent has two children").hasSize(2);
            diary.switchTo(names.get(1));
            diary.tab("Неделя", By.id("days"));
            assertThat(diary.lessonsShown())
                    .as("the second child's week: its own lessons, in another class")
                    .isNotEmpty()
                    .doesNotContain(id(substituted, "lessonId"));
            screenshot("diary-second-child-1400");
            assertNoCspViolations();
        } finally {
            deputy.put(givenBy, "{\"staffId\":null}");
            deputy.put(
                    slot,
                    "{\"date\":\""
                            + moved.getString("date")
                            + "\",\"number\":"
                            + moved.getInt("number")
                            + "}");
        }
    }

    @Test
    @DisplayName(
            "R-A04 the homeroom teacher's family access screen at 1400 and 390 px: who has signed in; a signed-in pupil gets no new password")
    void familyAccessScreen() throws Exception {
        signIn(Demo.TEACHER, Demo.PASSWORD);
        browser.get(BASE + "/teacher/family-access.xhtml");
        String table = browser.findElement(By.id("access:people")).getText();
        assertThat(table).contains("входил", "родитель");
        // the demo's accounts have signed in (chosen passwords): ticking one issues nothing
        browser.findElement(By.cssSelector("[id='access:people'] tbody tr .ui-chkbox-box")).click();
        browser.findElement(By.id("access:issue")).click();
        waitForAjax();
        assertThat(browser.findElement(By.id("access:messages")).getText())
                .contains("Выдано листков: 0; пропущено (уже входили): 1");
        shots(null, "family-access");
    }

    /** The page at 1400 px and at 390 px (a phone): nothing of it may run off the side. */
    private void shots(DiaryPage diary, String name) throws Exception {
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

    private static List<JsonObject> lessonsOf(JsonObject week) {
        List<JsonObject> all = new ArrayList<>();
        for (JsonObject day : week.getJsonArray("days").getValuesAs(JsonObject.class)) {
            for (JsonObject l : day.getJsonArray("lessons").getValuesAs(JsonObject.class)) {
                all.add(
                        jakarta.json.Json.createObjectBuilder(l)
                                .add("date", day.getString("date"))
                                .build());
            }
        }
        return all;
    }

    private static JsonObject staffRow(ApiClient deputy, String login) {
        return deputy.get("/staff").array().getValuesAs(JsonObject.class).stream()
                .filter(s -> s.getString("login", "").equals(login))
                .findFirst()
                .orElseThrow();
    }

    private static long staff(ApiClient deputy, String login) {
        return id(staffRow(deputy, login), "id");
    }

    private static String staffName(ApiClient deputy, String login) {
        JsonObject s = staffRow(deputy, login);
        return s.getString("shortName", s.getString("name", ""));
    }
}
