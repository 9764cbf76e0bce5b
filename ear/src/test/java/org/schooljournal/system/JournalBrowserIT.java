package org.schooljournal.system;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.WebElement;
import org.schooljournal.testing.ApiClient;
import org.schooljournal.testing.Bodies.Cell;
import org.schooljournal.testing.Demo;

/**
 * The teacher's daily screen in a real browser: a row of marks typed from the keyboard, an
 * attendance code, a homework written under the grid. Uses the 3rd- and 2nd-to-last pupils of
 * s1.teacher1's first journal, which the other browser tests leave alone.
 */
class JournalBrowserIT extends BrowserTest {
    /** A month of the journal with its past lessons (oldest first) and the two pupils' ids. */
    record Month(
            long assignmentId,
            String month,
            List<Long> pastLessons,
            long rowPupil,
            long codePupil) {}

    private ApiClient teacher;
    private Month journal;
    private final JournalGridPage grid = new JournalGridPage(this);
    private final Header header = new Header(this);

    @BeforeEach
    void findJournal() {
        teacher = ApiClient.as(BASE, Demo.TEACHER, Demo.PASSWORD);
        journal = monthWithPastLessons(teacher);
        signIn(Demo.TEACHER, Demo.PASSWORD);
    }

    @Test
    @DisplayName(
            "R-J01 keyboard entry of a row of marks: typed across the row with Tab, kept on reload")
    void rowOfMarks() throws Exception {
        List<Long> lessons =
                journal.pastLessons()
                        .subList(journal.pastLessons().size() - 3, journal.pastLessons().size());
        // Empty cells whatever an earlier run left: a cell typed with its own value is not saved.
        for (long lesson : lessons) {
            clearCell(lesson, journal.rowPupil());
        }
        open();
        grid.typeAcross(lessons.get(0), journal.rowPupil(), "5", "4", "3");
        for (long lesson : lessons) {
            grid.waitSettled(lesson, journal.rowPupil());
        }
        screenshot("journal-01-row-of-marks");
        assertThat(grid.status()).isEmpty();

        browser.navigate().refresh();
        assertThat(grid.values(lessons, journal.rowPupil())).containsExactly("5", "4", "3");
    }

    @Test
    @DisplayName("R-J04 an attendance code typed in a cell: «б» is kept as «Б» (illness)")
    void attendanceCode() throws Exception {
        long lesson = journal.pastLessons().get(journal.pastLessons().size() - 1);
        clearCell(lesson, journal.codePupil());
        open();
        grid.type(lesson, journal.codePupil(), "б");
        grid.waitSettled(lesson, journal.codePupil());
        screenshot("journal-02-attendance");
        assertThat(grid.has(lesson, journal.codePupil(), "sj-saved")).isTrue();

        browser.navigate().refresh();
        assertThat(grid.value(lesson, journal.codePupil())).isEqualTo("Б");
        assertThat(grid.has(lesson, journal.codePupil(), "sj-att")).isTrue();
        assertThat(grid.legend()).contains("Б — болезнь");
    }

    @Test
    @DisplayName(
            "R-J03 a homework typed under the grid is saved on leaving the field, kept on reload")
    void homework() throws Exception {
        long lesson = journal.pastLessons().get(journal.pastLessons().size() - 1);
        String text = "§ 12, № 5–7 (" + System.currentTimeMillis() + ")";
        open();
        if (grid.noHomework(lesson).isSelected()) {
            // «Не задано» excludes a homework text; unticking it saves and enables the field.
            grid.noHomework(lesson).click();
            waitUntil(b -> !grid.homework(lesson).getAttribute("class").contains("sj-saving"));
        }
        grid.typeHomework(lesson, text);
        WebElement homework = grid.homework(lesson);
        waitUntil(
                b ->
                        homework.getAttribute("class").contains("sj-saved")
                                || homework.getAttribute("class").contains("sj-error"));
        screenshot("journal-03-homework");
        assertThat(homework.getAttribute("class")).contains("sj-saved");

        browser.navigate().refresh();
        assertThat(grid.homework(lesson).getAttribute("value")).isEqualTo(text);
        assertThat(grid.noHomework(lesson).isSelected()).isFalse();
    }

    @Test
    @DisplayName(
            "R-J01 R-J04 R-J10 the grid reads every cell of the shared table as the server does (grid/cell-format.js against cell-format-cases.json)")
    void gridReadsTheSharedTable() throws Exception {
        open();
        JsonObject spec;
        try (var reader =
                jakarta.json.Json.createReader(
                        java.nio.file.Files.newBufferedReader(
                                java.nio.file.Path.of(
                                        System.getProperty("journal.cellFormatCases"))))) {
            spec = reader.readObject();
        }
        String answer = grid.readWithTheGrid(spec.toString());
        List<JsonObject> cases = spec.getJsonArray("cases").getValuesAs(JsonObject.class);
        List<JsonObject> read;
        try (var reader = jakarta.json.Json.createReader(new java.io.StringReader(answer))) {
            read = reader.readArray().getValuesAs(JsonObject.class);
        }
        assertThat(read).hasSameSizeAs(cases);
        for (int i = 0; i < cases.size(); i++) {
            JsonObject expected = cases.get(i);
            JsonObject cell = read.get(i);
            String text = expected.getString("text");
            if (expected.containsKey("error")) {
                assertThat(cell.isNull("error")).as("«%s» refused", text).isFalse();
                assertThat(cell.getJsonObject("error").getString("key"))
                        .as("«%s»", text)
                        .isEqualTo(expected.getString("error"));
                continue;
            }
            assertThat(cell.isNull("error")).as("«%s» read", text).isTrue();
            assertThat(cell.get("attendance"))
                    .as("attendance of «%s»", text)
                    .isEqualTo(expected.get("attendance"));
            assertThat(cell.getJsonObject("marks"))
                    .as("marks of «%s»", text)
                    .isEqualTo(expected.getJsonObject("marks"));
        }
    }

    @Test
    @DisplayName(
            "R-J01 the grid's modules come from a path carrying their version, cached for a year; another version is not served, so a deployment that changes them is picked up at once (issue 9)")
    void gridModulesAreVersioned() throws Exception {
        open();
        String main = grid.moduleUrl();
        assertThat(main)
                .matches(
                        java.util.regex.Pattern.quote(BASE)
                                + "/modules/[0-9a-f]{16}/journal/grid/main\\.js");
        String folder = main.substring(0, main.lastIndexOf('/') + 1);
        // what the browser loaded for the page: every module of the grid, all under the version
        // (their relative imports resolve there)
        @SuppressWarnings("unchecked")
        List<String> loaded =
                (List<String>)
                        chrome.executeScript(
                                "return performance.getEntriesByType('resource')"
                                        + ".map(function (e) { return e.name; })"
                                        + ".filter(function (n) { return n.endsWith('.js')"
                                        + " && n.indexOf('/journal/grid/') >= 0; });");
        assertThat(loaded)
                .containsExactlyInAnyOrder(
                        folder + "main.js",
                        folder + "texts.js",
                        folder + "api.js",
                        folder + "grid.js",
                        folder + "lessons.js",
                        folder + "cell-format.js",
                        folder + "unsaved-queue.js");
        var http = java.net.http.HttpClient.newHttpClient();
        for (String module : List.of("main.js", "cell-format.js")) {
            var answer =
                    http.send(
                            java.net.http.HttpRequest.newBuilder(
                                            java.net.URI.create(folder + module))
                                    .build(),
                            java.net.http.HttpResponse.BodyHandlers.ofString());
            assertThat(answer.statusCode()).as(module).isEqualTo(200);
            assertThat(answer.headers().firstValue("Cache-Control"))
                    .as(module)
                    .hasValue("public, max-age=31536000, immutable");
            assertThat(answer.headers().firstValue("Content-Type").orElse(""))
                    .startsWith("text/javascript");
            assertThat(answer.body()).containsPattern("(import|export) ");
        }
        String other = folder.replaceFirst("/modules/[0-9a-f]{16}/", "/modules/0123456789abcdef/");
        var stale =
                http.send(
                        java.net.http.HttpRequest.newBuilder(java.net.URI.create(other + "main.js"))
                                .build(),
                        java.net.http.HttpResponse.BodyHandlers.discarding());
        assertThat(stale.statusCode()).as("another version").isEqualTo(404);
    }

    @Test
    @DisplayName(
            "R-J05 the grid's texts come from the resource bundles in the page's language: in English a cell it cannot read is refused with the server's sentence, and the queue reads «Not saved: 1»")
    void englishTexts() throws Exception {
        long lesson = journal.pastLessons().get(journal.pastLessons().size() - 1);
        open();
        header.switchTo("en");
        try {
            open();
            // two answers in one cell: refused in the browser, nothing sent
            grid.type(lesson, journal.codePupil(), "4/5");
            waitUntil(b -> grid.has(lesson, journal.codePupil(), "sj-error"));
            assertThat(grid.status())
                    .isEqualTo(
                            "Two marks of one work type (Answer in class) in one cell: add the work type letter to one of them");
            // the API cut: the cell waits in the queue, counted in English
            cutTheApi();
            grid.type(lesson, journal.codePupil(), "5к");
            waitUntil(b -> grid.status().startsWith("Not saved: 1"));
            assertThat(grid.status())
                    .isEqualTo(
                            "Not saved: 1 — no connection to the server; will be sent when it answers");
            screenshot("journal-06-english-unsaved");
        } finally {
            // the queued cell is forgotten, never sent; the teacher's language back to Russian
            grid.forgetQueue();
            browser.get(BASE + "/teacher/journals.xhtml");
            header.switchTo("ru");
        }
    }

    private void open() {
        grid.open(journal.assignmentId(), journal.month());
    }

    /** The API's requests fail in the browser before they leave; the page itself still loads. */
    private void cutTheApi() {
        chrome.executeCdpCommand("Network.enable", java.util.Map.of());
        chrome.executeCdpCommand(
                "Network.setBlockedURLs", java.util.Map.of("urls", List.of("*/api/v1/*")));
    }

    private void restoreTheApi() {
        chrome.executeCdpCommand("Network.setBlockedURLs", java.util.Map.of("urls", List.of()));
    }

    @Test
    @DisplayName(
            "R-J01 R-J05 marks typed while the server cannot be reached wait in the browser, survive a reload and are stored once when it answers")
    void marksSurviveAnOutage() throws Exception {
        Outage cells = outageCells(teacher);
        for (long lesson : cells.lessons()) {
            clearCell(lesson, cells.pupil());
        }
        grid.open(cells.assignmentId(), cells.month());
        cutTheApi();
        try {
            grid.typeAcross(cells.lessons().get(0), cells.pupil(), "5", "4", "3", "5", "б");
            grid.waitForStatus("Не сохранено: 5");
            // The queue is in the browser's storage: it survives a reload, still unsent.
            browser.navigate().refresh();
            grid.waitForStatus("Не сохранено: 5");
            assertThat(grid.values(cells.lessons(), cells.pupil()))
                    .as("the typed marks are shown after the reload")
                    .containsExactly("5", "4", "3", "5", "б");
            screenshot("journal-04-unsaved-while-offline");
            for (long lesson : cells.lessons()) {
                assertThat(cellText(lesson, cells.pupil()))
                        .as("nothing reached the server")
                        .isEmpty();
            }
        } finally {
            restoreTheApi();
        }
        // The server answers again: the queue is sent by itself (retry), each cell once.
        for (long lesson : cells.lessons()) {
            grid.waitSaved(lesson, cells.pupil());
        }
        assertThat(cells.lessons().stream().map(l -> cellText(l, cells.pupil())).toList())
                .containsExactly("5", "4", "3", "5", "Б");
        browser.navigate().refresh();
        assertThat(grid.values(cells.lessons(), cells.pupil()))
                .containsExactly("5", "4", "3", "5", "Б");
        for (long lesson : cells.lessons()) {
            long stored =
                    teacher
                            .get(
                                    "/journals/"
                                            + cells.assignmentId()
                                            + "/audit?lessonId="
                                            + lesson
                                            + "&pupilId="
                                            + cells.pupil())
                            .array()
                            .getValuesAs(JsonObject.class)
                            .stream()
                            .filter(e -> e.containsKey("newValue") && !e.isNull("newValue"))
                            .count();
            assertThat(stored).as("lesson %d stored once", lesson).isEqualTo(1);
        }
    }

    @Test
    @DisplayName(
            "R-A02 R-J05 an expired session in the grid: the sign-in link returns to the same journal page (?next=), the unsent cells still queued in the browser are then stored; no CSP violation on the way (R-A03)")
    void signInAgainKeepsTheQueue() throws Exception {
        Outage cells = outageCells(teacher, 7);
        long lesson = cells.lessons().get(4);
        clearCell(lesson, cells.pupil());
        String page = JournalGridPage.url(cells.assignmentId(), cells.month());
        grid.open(cells.assignmentId(), cells.month());
        browser.manage().deleteCookieNamed("JSESSIONID"); // the session ends meanwhile
        grid.typeAcross(lesson, cells.pupil(), "4");
        waitUntil(b -> grid.offersSignIn());
        assertThat(grid.status()).contains("Не сохранено: 1");
        assertThat(cellText(lesson, cells.pupil())).as("nothing reached the server").isEmpty();
        screenshot("journal-05-session-expired");

        grid.signInAgain();
        LoginPage login = new LoginPage(this);
        waitUntil(b -> login.isShown());
        login.signIn(Demo.TEACHER, Demo.PASSWORD);
        waitUntil(b -> b.getCurrentUrl().contains("journal.xhtml"));
        assertThat(browser.getCurrentUrl()).isEqualTo(page);
        grid.waitSaved(lesson, cells.pupil());
        assertThat(cellText(lesson, cells.pupil())).isEqualTo("4");
        assertThat(grid.status()).doesNotContain("Не сохранено");
        assertNoCspViolations();
    }

    @Test
    @DisplayName(
            "R-A03 the Content-Security-Policy blocks a script injected into the journal page (no inline script runs), and the console check of the browser tests sees it")
    void injectedScriptBlocked() {
        grid.open(journal.assignmentId());
        Object ran =
                ((org.openqa.selenium.JavascriptExecutor) browser)
                        .executeScript(
                                "window.injected = false;"
                                        + " var s = document.createElement('script');"
                                        + " s.textContent = 'window.injected = true;';"
                                        + " document.body.appendChild(s);"
                                        + " return window.injected;");
        assertThat(ran).as("an inline script ran").isEqualTo(false);
        org.assertj.core.api.Assertions.assertThatThrownBy(this::assertNoCspViolations)
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("Content Security Policy");
    }

    /** Five past lessons of one month and a pupil that no other browser test writes for. */
    record Outage(long assignmentId, String month, List<Long> lessons, long pupil) {}

    private static Outage outageCells(ApiClient teacher) {
        return outageCells(teacher, 6);
    }

    /** {@code fromEnd}: the pupil's place counted from the end of the class list. */
    private static Outage outageCells(ApiClient teacher, int fromEnd) {
        long assignmentId =
                teacher.get("/journals")
                        .array()
                        .getJsonObject(0)
                        .getJsonNumber("assignmentId")
                        .longValue();
        YearMonth month = YearMonth.now();
        for (int back = 0; back < 4; back++, month = month.minusMonths(1)) {
            JsonObject page = teacher.get("/journals/" + assignmentId + "?month=" + month).object();
            List<JsonObject> pupils = page.getJsonArray("pupils").getValuesAs(JsonObject.class);
            JsonObject pupil = pupils.get(pupils.size() - fromEnd);
            List<Long> past = new ArrayList<>();
            for (JsonObject lesson : page.getJsonArray("lessons").getValuesAs(JsonObject.class)) {
                LocalDate date = LocalDate.parse(lesson.getString("date"));
                if (date.isBefore(LocalDate.now()) && activeOn(pupil, date)) {
                    past.add(lesson.getJsonNumber("id").longValue());
                }
            }
            if (past.size() >= 5) {
                return new Outage(
                        assignmentId,
                        month.toString(),
                        past.subList(past.size() - 5, past.size()),
                        pupil.getJsonNumber("id").longValue());
            }
        }
        throw new AssertionError("the demo journal has no month with 5 past lessons");
    }

    /** The cell's text on the server, read by writing it unchanged (a 409 names the current). */
    private String cellText(long lesson, long pupil) {
        var probe = teacher.put("/lessons/" + lesson + "/cells/" + pupil, new Cell("", ""));
        return probe.status() == 200 ? "" : probe.object().getString("current");
    }

    /** Empties a cell whatever it holds. */
    private void clearCell(long lesson, long pupil) {
        String current = cellText(lesson, pupil);
        if (!current.isEmpty()) {
            var cleared =
                    teacher.put("/lessons/" + lesson + "/cells/" + pupil, new Cell("", current));
            assertThat(cleared.status()).as(cleared.toString()).isEqualTo(200);
        }
    }

    /**
     * The latest month (this one or up to three back) of the teacher's first journal with three
     * past lessons in which both pupils are in the class.
     */
    private static Month monthWithPastLessons(ApiClient teacher) {
        long assignmentId =
                teacher.get("/journals")
                        .array()
                        .getJsonObject(0)
                        .getJsonNumber("assignmentId")
                        .longValue();
        YearMonth month = YearMonth.now();
        for (int back = 0; back < 4; back++, month = month.minusMonths(1)) {
            JsonObject page = teacher.get("/journals/" + assignmentId + "?month=" + month).object();
            List<JsonObject> pupils = page.getJsonArray("pupils").getValuesAs(JsonObject.class);
            if (pupils.size() < 3) {
                throw new AssertionError("the demo journal has fewer than 3 pupils");
            }
            JsonObject rowPupil = pupils.get(pupils.size() - 3);
            JsonObject codePupil = pupils.get(pupils.size() - 2);
            List<Long> past = new ArrayList<>();
            for (JsonObject lesson : page.getJsonArray("lessons").getValuesAs(JsonObject.class)) {
                LocalDate date = LocalDate.parse(lesson.getString("date"));
                if (date.isBefore(LocalDate.now())
                        && activeOn(rowPupil, date)
                        && activeOn(codePupil, date)) {
                    past.add(lesson.getJsonNumber("id").longValue());
                }
            }
            if (past.size() >= 3) {
                return new Month(
                        assignmentId,
                        month.toString(),
                        past,
                        rowPupil.getJsonNumber("id").longValue(),
                        codePupil.getJsonNumber("id").longValue());
            }
        }
        throw new AssertionError("the demo journal has no month with 3 past lessons");
    }

    /**
     * As JournalPage.PupilRow.activeOn: a pupil who arrived or left has no cells outside its stay.
     */
    private static boolean activeOn(JsonObject pupil, LocalDate date) {
        return (!pupil.containsKey("from")
                        || pupil.isNull("from")
                        || !date.isBefore(LocalDate.parse(pupil.getString("from"))))
                && (!pupil.containsKey("until")
                        || pupil.isNull("until")
                        || !date.isAfter(LocalDate.parse(pupil.getString("until"))));
    }
}
