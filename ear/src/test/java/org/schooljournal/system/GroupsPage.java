package org.schooljournal.system;

import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * The deputy head's groups (deputy/groups.xhtml, R-S06, R-S07): a class split into groups for a
 * subject, the list of groups, and the pupils' individual plans.
 */
final class GroupsPage extends Page {
    GroupsPage(BrowserTest test) {
        super(test);
    }

    GroupsPage open() {
        browser().get(BASE + "/deputy/groups.xhtml");
        return this;
    }

    private Select select(String id) {
        return new Select(find(By.id(id)));
    }

    /** The classes the split form offers. */
    List<String> classes() {
        return select("split:class").getOptions().stream().map(WebElement::getText).toList();
    }

    void split(String classTitle, String prefix, int parts) {
        select("split:class").selectByVisibleText(classTitle);
        find(By.id("split:prefix")).sendKeys(prefix);
        select("split:parts").selectByVisibleText(String.valueOf(parts));
        find(By.id("split:split")).click();
        waitForAjax();
    }

    String groups() {
        return find(By.id("list:groups")).getText();
    }

    /**
     * Gives the class's first pupil an individual plan line for the subject in the mode («не
     * изучает», …) with a note; answers the pupil's name as the menu shows it.
     */
    String planFirstPupil(String classTitle, String subject, String mode, String note) {
        select("plans:class").selectByVisibleText(classTitle);
        waitForAjax();
        Select pupils = select("plans:pupil");
        String pupil = pupils.getOptions().get(1).getText();
        pupils.selectByIndex(1);
        select("plans:subject").selectByVisibleText(subject);
        select("plans:mode").selectByVisibleText(mode);
        waitForAjax();
        find(By.id("plans:note")).sendKeys(note);
        find(By.id("plans:save")).click();
        waitForAjax();
        return pupil;
    }

    String planLines() {
        return find(By.id("plans:lines")).getText();
    }

    String messages() {
        return find(By.id("messages")).getText();
    }
}
