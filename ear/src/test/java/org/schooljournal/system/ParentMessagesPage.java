package org.schooljournal.system;

import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;

/** A journal's messages to parents (teacher/messages.xhtml, R-J13): the form and what was sent. */
final class ParentMessagesPage extends Page {
    ParentMessagesPage(BrowserTest test) {
        super(test);
    }

    ParentMessagesPage open(long journal) {
        browser().get(BASE + "/teacher/messages.xhtml?id=" + journal);
        return this;
    }

    /** Writes a recommendation (the second kind) about the pupil and sends it. */
    void sendRecommendation(long pupilId, String text) {
        new Select(find(By.id("write:pupil"))).selectByValue(String.valueOf(pupilId));
        find(By.cssSelector("input[id='write:kind:1']")).click();
        find(By.id("write:body")).sendKeys(text);
        find(By.id("write:send")).click();
        waitForAjax();
    }

    String sent() {
        return find(By.id("sent:list")).getText();
    }

    String messages() {
        return find(By.id("messages")).getText();
    }
}
