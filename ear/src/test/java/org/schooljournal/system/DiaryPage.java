package org.schooljournal.system;

import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/** The diary of a parent's child or of a pupil (diary/diary.xhtml, R-D01): marks and messages. */
final class DiaryPage extends Page {
    DiaryPage(BrowserTest test) {
        super(test);
    }

    DiaryPage open() {
        browser().get(BASE + "/diary/diary.xhtml");
        return this;
    }

    /** The marks' rows as text: date, subject, work type … mark. */
    List<String> marks() {
        return browser().findElements(By.cssSelector("[id='diary:marks'] tbody tr")).stream()
                .map(WebElement::getText)
                .toList();
    }

    /** The teachers' messages and recommendations. */
    String messages() {
        return find(By.id("diary:messageList")).getText();
    }
}
