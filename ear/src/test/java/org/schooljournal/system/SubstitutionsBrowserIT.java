package org.schooljournal.system;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.schooljournal.testing.ApiClient;
import org.schooljournal.testing.Demo;

/**
 * The deputy head's substitutions screen (R-J06) and the teacher's messages to parents (R-J13) on
 * the EAR. Works on a past lesson of a 6 «А» journal and on s1.teacher3's first journal, which no
 * other browser test changes (they use s1.teacher1's journal and 5 «А»/5 «Б»).
 */
class SubstitutionsBrowserIT extends BrowserTest {
    private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("dd.MM.yyyy");

    /** A lesson as the substitutions screen lists it. */
    record Lesson(LocalDate date, int number, String classTitle, String subject) {}

    private static long id(JsonObject o, String name) {
        return o.getJsonNumber(name).longValue();
    }

    /** The second-to-last past lesson of the school's first 6 «А» journal (any other class). */
    private static Lesson pastLessonOfSixthClass() {
        ApiClient deputy = ApiClient.as(BASE, "s1.deputy", Demo.PASSWORD);
        JsonObject journal =
                deputy.get("/journals").array().getValuesAs(JsonObject.class).stream()
                        .filter(j -> j.getString("classTitle").equals("6 «А»"))
                        .findFirst()
                        .orElseThrow();
        LocalDate today = LocalDate.now();
        YearMonth month = YearMonth.now();
        for (int back = 0; back < 4; back++, month = month.minusMonths(1)) {
            List<JsonObject> past =
                    deputy
                            .get("/journals/" + id(journal, "assignmentId") + "?month=" + month)
                            .object()
                            .getJsonArray("lessons")
                            .getValuesAs(JsonObject.class)
                            .stream()
                            .filter(l -> LocalDate.parse(l.getString("date")).isBefore(today))
                            .toList();
            if (past.size() >= 2) {
                JsonObject lesson = past.get(past.size() - 2);
                return new Lesson(
                        LocalDate.parse(lesson.getString("date")),
                        lesson.getInt("number"),
                        journal.getString("classTitle"),
                        journal.getString("subject"));
            }
        }
        throw new AssertionError("6 «А» has no past lessons");
    }

    /** The lesson's row on the screen: class, number and subject in its first cells. */
    private WebElement row(Lesson lesson) {
        return browser.findElements(By.cssSelector("[id='day:lessons'] tbody tr")).stream()
                .filter(
                        tr -> {
                            List<WebElement> cells = tr.findElements(By.tagName("td"));
                            return cells.size() > 4
                                    && cells.get(0).getText().equals(lesson.classTitle())
                                    && cells.get(1)
                                            .getText()
                                            .equals(String.valueOf(lesson.number()))
                                    && cells.get(2).getText().equals(lesson.subject());
                        })
                .findFirst()
                .orElseThrow(() -> new AssertionError("no row for " + lesson));
    }

    private void showDay(LocalDate date) {
        browser.get(BASE + "/deputy/substitutions.xhtml");
        typeDate(browser.findElement(By.id("pick:date_input")), SHOWN.format(date));
        browser.findElement(By.id("pick:show")).click();
        waitForAjax();
        waitUntil(b -> b.findElement(By.id("pick:dayName")).getText().contains(SHOWN.format(date)));
    }

    /**
     * Chooses an item of the substitute menu (a PrimeFaces selectOneMenu) by its label, through the
     * widget's own API: a click on an item while the overlay still moves into place can miss it.
     */
    private void chooseSubstitute(String label) {
        JavascriptExecutor js = (JavascriptExecutor) browser;
        Object value =
                js.executeScript(
                        "var label = arguments[0].trim();"
                                + " var o = Array.from(document.getElementById("
                                + "'edit:substitute_input').options).find(function (o) {"
                                + " return o.textContent.trim() === label; });"
                                + " return o ? o.value : null;",
                        label);
        if (value == null) {
            throw new AssertionError("no substitute «" + label + "» in the menu");
        }
        js.executeScript(
                "PrimeFaces.getWidgetById('edit:substitute').selectValue(arguments[0]);", value);
        waitUntil(
                b ->
                        b.findElement(By.id("edit:substitute_label"))
                                .getText()
                                .strip()
                                .equals(label.strip()));
    }

    @Test
    @DisplayName(
            "R-J06 the deputy records a substitute for a past lesson of 6 «А»: the day's list shows «замена» with the substitute's name, kept on reload, and gives the lesson back")
    void substitute() throws Exception {
        Lesson lesson = pastLessonOfSixthClass();
        signIn("s1.deputy", Demo.PASSWORD);
        showDay(lesson.date());
        String own = row(lesson).findElements(By.tagName("td")).get(3).getText();

        row(lesson).findElement(By.cssSelector("button[id$=':open']")).click();
        waitForAjax();
        waitUntil(b -> !b.findElements(By.id("edit:substitute")).isEmpty());
        List<String> labels =
                browser.findElements(By.cssSelector("[id='edit:substitute_input'] option")).stream()
                        .map(o -> o.getAttribute("textContent"))
                        .toList();
        String substitute =
                labels.stream()
                        .filter(
                                label ->
                                        label != null
                                                && !label.startsWith("—")
                                                && !label.equals(own))
                        .findFirst()
                        .orElseThrow(
                                () -> new AssertionError("substitutes " + labels + ", own " + own));
        chooseSubstitute(substitute);
        browser.findElement(By.id("edit:saveSubstitute")).click();
        waitForAjax();
        screenshot("substitutions-01-substitute");

        assertThat(browser.findElement(By.id("messages")).getText()).contains("Замена сохранена");
        assertThat(row(lesson).getText()).contains("замена: " + substitute);

        showDay(lesson.date());
        assertThat(row(lesson).getText()).contains("замена: " + substitute);

        row(lesson).findElement(By.cssSelector("button[id$=':open']")).click();
        waitForAjax();
        waitUntil(b -> !b.findElements(By.id("edit:substitute")).isEmpty());
        chooseSubstitute("— свой учитель —");
        browser.findElement(By.id("edit:saveSubstitute")).click();
        waitForAjax();
        screenshot("substitutions-02-given-back");
        assertThat(row(lesson).getText()).doesNotContain("замена").contains(own);
    }

    /** A parent login of one of the journal's pupils: sN.parentK is the parent of sN.pupilK. */
    record Family(long pupilId, String parentLogin) {}

    private static Family familyOf(Set<Long> pupils) {
        long first = Demo.firstChild(ApiClient.as(BASE, Demo.PARENT, Demo.PASSWORD));
        // pupils are stored in the demo's order, so a pupil's number is usually its id's offset
        for (long pupil : pupils.stream().sorted().limit(5).toList()) {
            long k = pupil - first + 1;
            if (k > 0 && childOf("s1.parent" + k) == pupil) {
                return new Family(pupil, "s1.parent" + k);
            }
        }
        for (int k = 1; k <= 1000; k++) {
            long child = childOf("s1.parent" + k);
            if (pupils.contains(child)) {
                return new Family(child, "s1.parent" + k);
            }
        }
        throw new AssertionError("no parent of the journal's pupils found");
    }

    private static long childOf(String parent) {
        var reply = ApiClient.as(BASE, parent, Demo.PASSWORD).get("/diary/children");
        if (reply.status() != 200 || reply.array().isEmpty()) {
            return -1;
        }
        return reply.array().getJsonObject(0).getJsonNumber("pupilId").longValue();
    }

    @Test
    @DisplayName(
            "R-J13 a teacher sends a recommendation about a pupil from the journal's message form; the pupil's parent reads it in the diary")
    void recommendationReachesTheParent() throws Exception {
        ApiClient teacher = ApiClient.as(BASE, "s1.teacher3", Demo.PASSWORD);
        long journal = id(teacher.get("/journals").array().getJsonObject(0), "assignmentId");
        Set<Long> pupils =
                teacher
                        .get("/journals/" + journal + "?month=" + YearMonth.now())
                        .object()
                        .getJsonArray("pupils")
                        .getValuesAs(JsonObject.class)
                        .stream()
                        .map(p -> id(p, "id"))
                        .collect(Collectors.toSet());
        Family family = familyOf(pupils);
        String text = "Повторить правила перед контрольной работой (" + System.nanoTime() + ")";

        signIn("s1.teacher3", Demo.PASSWORD);
        browser.get(BASE + "/teacher/messages.xhtml?id=" + journal);
        new Select(browser.findElement(By.id("write:pupil")))
                .selectByValue(String.valueOf(family.pupilId()));
        browser.findElement(By.cssSelector("input[id='write:kind:1']")).click();
        browser.findElement(By.id("write:body")).sendKeys(text);
        browser.findElement(By.id("write:send")).click();
        waitForAjax();
        screenshot("messages-01-sent");
        assertThat(browser.findElement(By.id("messages")).getText())
                .contains("Сообщение отправлено");
        assertThat(browser.findElement(By.id("sent:list")).getText())
                .contains(text, "Рекомендация");
        signOut();

        signIn(family.parentLogin(), Demo.PASSWORD);
        browser.get(BASE + "/diary/diary.xhtml");
        screenshot("messages-02-diary");
        String messages = new DiaryPage(this).messages();
        assertThat(messages).contains(text, "Рекомендация");
    }
}
