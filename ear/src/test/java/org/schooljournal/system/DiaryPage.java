package org.schooljournal.system;

import java.time.LocalDate;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/** The week diary (R-D01): a week's day cards, the navigation, the child switcher and the tabs. */
final class DiaryPage extends Page {
    private static final By WEEK_TITLE = By.id("diary:weekTitle");
    private static final By PREVIOUS = By.id("diary:prev");
    private static final By NEXT = By.id("diary:next");
    private static final By CHILD = By.id("diary:child");
    private static final By MESSAGES = By.id("diary:tabs:messageList");

    DiaryPage(BrowserTest test) {
        super(test);
    }

    /** This week's diary. */
    DiaryPage open() {
        browser().get(BASE + "/diary/diary.xhtml");
        return this;
    }

    /** The week holding {@code date}. */
    DiaryPage open(LocalDate date) {
        browser().get(BASE + "/diary/diary.xhtml?date=" + date);
        return this;
    }

    String weekTitle() {
        return find(WEEK_TITLE).getText();
    }

    /** The lesson's card in the week (where it stands now, or struck out where it was). */
    WebElement lesson(long lessonId) {
        return find(By.cssSelector("li.dw-lesson[data-lesson='" + lessonId + "']"));
    }

    /** The marks on a lesson's card, each as the mark and its work type (the hover title). */
    List<String> marksOf(long lessonId) {
        return lesson(lessonId).findElements(By.cssSelector(".sj-mark")).stream()
                .map(m -> m.getText() + " " + m.getAttribute("title"))
                .toList();
    }

    /** The day cards' dates, Monday to Saturday. */
    List<String> days() {
        return browser().findElements(By.cssSelector("section.dw-day[data-date]")).stream()
                .map(e -> e.getAttribute("data-date"))
                .toList();
    }

    /** The ids of the lessons shown this week. */
    List<Long> lessonsShown() {
        return browser().findElements(By.cssSelector("li.dw-lesson[data-lesson]")).stream()
                .map(e -> Long.valueOf(e.getAttribute("data-lesson")))
                .toList();
    }

    String messages() {
        return find(MESSAGES).getText();
    }

    void next() {
        String before = weekTitle();
        find(NEXT).click();
        waitUntil(b -> !weekTitle().equals(before));
    }

    void previous() {
        String before = weekTitle();
        find(PREVIOUS).click();
        waitUntil(b -> !weekTitle().equals(before));
    }

    List<String> children() {
        return new Select(find(CHILD)).getOptions().stream().map(WebElement::getText).toList();
    }

    /** Switches to the child listed under {@code name}; waits for its week. */
    void switchTo(String name) {
        new Select(find(CHILD)).selectByVisibleText(name);
        waitForAjax();
        waitUntil(b -> new Select(find(CHILD)).getFirstSelectedOption().getText().equals(name));
    }

    /** Opens a tab by its title; waits for its content. */
    void tab(String title, By content) {
        find(By.xpath("//ul[@role='tablist']//a[normalize-space()='" + title + "']")).click();
        waitForAjax();
        waitUntil(b -> present(content) && find(content).isDisplayed());
    }
}
