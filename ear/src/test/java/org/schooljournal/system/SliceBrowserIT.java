package org.schooljournal.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.schooljournal.testing.ApiClient;
import org.schooljournal.testing.Bodies.Mark;
import org.schooljournal.testing.Demo;

/**
 * The walking skeleton in a real browser, on the EAR: teacher → mark → parent; other school
 * refused.
 */
class SliceBrowserIT extends BrowserTest {
    @Test
    @DisplayName(
            "R-J01 R-D01 R-T01 a teacher types a mark in the grid, the parent sees it, another school's parent does not")
    void teacherMarkParentSeesItOtherSchoolRefused() throws Exception {
        long child = Demo.firstChild(ApiClient.as(BASE, Demo.PARENT, Demo.PASSWORD));
        ApiClient teacherApi = ApiClient.as(BASE, Demo.TEACHER, Demo.PASSWORD);
        var cell = Demo.markableCell(teacherApi, child);
        // a write names the cell's text it replaces (R-J01)
        String seen =
                teacherApi
                        .get("/journals/" + cell.assignmentId() + "?month=" + cell.month())
                        .object()
                        .getJsonObject("cells")
                        .getString(cell.lessonId() + ":" + child, "");
        teacherApi.put(
                "/lessons/" + cell.lessonId() + "/marks/" + child, new Mark("5", null, seen));

        signIn(Demo.TEACHER, Demo.PASSWORD);
        screenshot("01-teacher-home");
        new Header(this).openMenu("Журналы");
        JournalGridPage grid = new JournalGridPage(this).open(cell.assignmentId(), cell.month());
        grid.type(cell.lessonId(), child, "2");
        grid.waitSettled(cell.lessonId(), child);
        screenshot("02-teacher-journal");
        assertThat(grid.has(cell.lessonId(), child, "sj-saved")).isTrue();

        grid.type(cell.lessonId(), child, "9");
        waitUntil(b -> grid.has(cell.lessonId(), child, "sj-error"));
        assertThat(grid.status()).contains("не входит в систему оценивания");
        assertThat(grid.value(cell.lessonId(), child))
                .as("the refused mark is taken back")
                .isEqualTo("2");
        screenshot("03-refused-mark");
        signOut();

        signIn(Demo.PARENT, Demo.PASSWORD);
        // the week diary (R-D01) of the lesson's week: the lesson's card holds the new mark 2
        // («Ответ на уроке» on hover) and no longer the 5
        DiaryPage diary = new DiaryPage(this).open(cell.date());
        screenshot("04-parent-diary");
        List<String> marks = diary.marksOf(cell.lessonId());
        assertThat(diary.lesson(cell.lessonId()).getText()).contains("Математика");
        assertThat(marks).contains("2 Ответ на уроке").doesNotContain("5 Ответ на уроке");
        signOut();

        signIn(Demo.OTHER_SCHOOL_PARENT, Demo.PASSWORD);
        new DiaryPage(this).open();
        assertThat(browser.getPageSource())
                .doesNotContain(
                        ApiClient.as(BASE, Demo.PARENT, Demo.PASSWORD)
                                .get("/diary/children")
                                .array()
                                .getJsonObject(0)
                                .getString("name"));
        browser.get(BASE + "/api/v1/diary/pupils/" + child + "/marks");
        assertThat(browser.getPageSource()).contains("\"status\":404").doesNotContain("\"value\"");
        new JournalGridPage(this).open(cell.assignmentId());
        assertThat(browser.getPageSource()).doesNotContain("sj-cell");
        screenshot("05-other-school-refused");
    }

    @Test
    @DisplayName("R-A02 a wrong password shows a message that does not say which part was wrong")
    void wrongPassword() {
        signIn(Demo.SCHOOL_ADMIN, "not-the-password");

        LoginPage login = new LoginPage(this);
        assertThat(login.isShown()).isTrue();
        assertThat(login.error()).contains("Неверный логин или пароль");
    }
}
