package org.schooljournal.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.schooljournal.testing.Demo;

/**
 * The deputy head's groups screen on the EAR: a class split for a subject, and a pupil's individual
 * plan. Works on a 6th class, which no other browser test changes (ImportBrowserIT fills 9 «А»,
 * SetupBrowserIT times 5 «А» and 5 «Б»).
 */
class GroupsBrowserIT extends BrowserTest {
    private Select select(String id) {
        return new Select(browser.findElement(By.id(id)));
    }

    /** 6 «Б» where the demo school is big enough to have one, else 6 «А», which it always has. */
    private String sixthClass() {
        List<String> titles =
                select("split:class").getOptions().stream().map(WebElement::getText).toList();
        return titles.contains("6 «Б»") ? "6 «Б»" : "6 «А»";
    }

    @Test
    @DisplayName(
            "R-S06 R-S07 a deputy splits a class into two groups for a subject and takes a pupil's subject out of the plan")
    void splitAndIndividualPlan() throws Exception {
        signIn("s1.deputy", Demo.PASSWORD);
        browser.get(BASE + "/deputy/groups.xhtml");
        String sixth = sixthClass();

        select("split:class").selectByVisibleText(sixth);
        browser.findElement(By.id("split:prefix")).sendKeys("Информатика");
        select("split:parts").selectByVisibleText("2");
        browser.findElement(By.id("split:split")).click();
        waitForAjax();
        screenshot("groups-split");

        assertThat(browser.findElement(By.id("messages")).getText()).contains("Созданы группы");
        String groups = browser.findElement(By.id("list:groups")).getText();
        assertThat(groups)
                .contains("Информатика, гр. 1", "Информатика, гр. 2", "подгруппа класса", sixth);

        select("plans:class").selectByVisibleText(sixth);
        waitForAjax();
        Select pupils = select("plans:pupil");
        WebElement firstPupil = pupils.getOptions().get(1);
        String[] pupil = firstPupil.getText().split(" ");
        pupils.selectByIndex(1);
        select("plans:subject").selectByVisibleText("Информатика");
        select("plans:mode").selectByVisibleText("не изучает");
        waitForAjax();
        browser.findElement(By.id("plans:note")).sendKeys("по заявлению родителей");
        browser.findElement(By.id("plans:save")).click();
        waitForAjax();
        screenshot("groups-individual-plan");

        assertThat(browser.findElement(By.id("plans:lines")).getText())
                .contains(pupil[0] + " " + pupil[1], sixth, "Информатика", "не изучает");
    }
}
