package org.schooljournal.system;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;

/**
 * The deputy head's substitutions and moved lessons (deputy/substitutions.xhtml, R-J06): a day's
 * lessons, each opened in a form where its substitute is chosen.
 */
final class SubstitutionsPage extends Page {
    private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("dd.MM.yyyy");
    private static final By SUBSTITUTE = By.id("edit:substitute");

    /** A lesson as the day's list shows it: class, number and subject in its first cells. */
    record Lesson(LocalDate date, int number, String classTitle, String subject) {}

    SubstitutionsPage(BrowserTest test) {
        super(test);
    }

    /** Opens the screen on the day and waits until it shows it. */
    SubstitutionsPage showDay(LocalDate date) {
        browser().get(BASE + "/deputy/substitutions.xhtml");
        typeDate(find(By.id("pick:date_input")), SHOWN.format(date));
        find(By.id("pick:show")).click();
        waitForAjax();
        waitUntil(b -> find(By.id("pick:dayName")).getText().contains(SHOWN.format(date)));
        return this;
    }

    WebElement row(Lesson lesson) {
        return browser().findElements(By.cssSelector("[id='day:lessons'] tbody tr")).stream()
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

    /** The teacher the lesson's row names (its own, or «замена: …»). */
    String teacherOf(Lesson lesson) {
        return row(lesson).findElements(By.tagName("td")).get(3).getText();
    }

    /** Opens the lesson's form. */
    void open(Lesson lesson) {
        row(lesson).findElement(By.cssSelector("button[id$=':open']")).click();
        waitForAjax();
        waitUntil(b -> present(SUBSTITUTE));
    }

    /** The labels of the substitute menu of the open form. */
    List<String> substitutes() {
        return browser()
                .findElements(By.cssSelector("[id='edit:substitute_input'] option"))
                .stream()
                .map(o -> o.getAttribute("textContent"))
                .toList();
    }

    /**
     * Chooses an item of the substitute menu (a PrimeFaces selectOneMenu) by its label, through the
     * widget's own API: a click on an item while the overlay still moves into place can miss it.
     */
    void chooseSubstitute(String label) {
        JavascriptExecutor js = (JavascriptExecutor) browser();
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
                b -> find(By.id("edit:substitute_label")).getText().strip().equals(label.strip()));
    }

    void saveSubstitute() {
        find(By.id("edit:saveSubstitute")).click();
        waitForAjax();
    }

    String messages() {
        return find(By.id("messages")).getText();
    }
}
