package org.schooljournal.system;

import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * The family side's screens besides the diary (issue 13): the deputy's consent lists
 * (deputy/consents.xhtml), a parent's mail settings (diary/mail-settings.xhtml) and the homeroom
 * teacher's «Семьи класса» (teacher/acknowledgement.xhtml). Each names the parts a user must see.
 */
final class FamilyPages {
    private FamilyPages() {}

    /** R-A05: the class lists with each parent's decision, and the form recording one. */
    static final class Consents extends Page {
        static final By TABLE = By.id("consents:rows");
        static final By FORM = By.cssSelector("fieldset.consent-form");
        static final By RECORD = By.id("consents:recordConsent");
        private static final By CLASS = By.id("consents:class");

        Consents(BrowserTest test) {
            super(test);
        }

        Consents open() {
            browser().get(BASE + "/deputy/consents.xhtml");
            waitUntil(b -> present(TABLE));
            return this;
        }

        /** Chooses a class by its title and waits for its list. */
        Consents chooseClass(String title) {
            new Select(find(CLASS)).selectByVisibleText(title);
            waitForAjax();
            return this;
        }

        String table() {
            return find(TABLE).getText();
        }

        /**
         * The list's rows as "pupil | parent | decision", the first three cells as shown (the
         * reflow's column titles are hidden at a desktop width and so are not in the text).
         */
        List<String> rows() {
            return browser().findElements(By.cssSelector("[id='consents:rows'] tbody tr")).stream()
                    .map(tr -> tr.findElements(By.tagName("td")))
                    .map(
                            td ->
                                    td.get(0).getText()
                                            + " | "
                                            + td.get(1).getText()
                                            + " | "
                                            + td.get(2).getText())
                    .toList();
        }

        /** The parts a deputy works with: the class chooser, the list, the form and its button. */
        List<By> keyParts() {
            return List.of(CLASS, TABLE, FORM, By.id("consents:consentPaper"), RECORD);
        }
    }

    /** R-D02: how often and what a parent's digest tells, and its language. */
    static final class MailSettings extends Page {
        static final By FREQUENCY = By.id("mail:frequency");
        static final By SAVE = By.id("mail:save");

        MailSettings(BrowserTest test) {
            super(test);
        }

        MailSettings open() {
            browser().get(BASE + "/diary/mail-settings.xhtml");
            waitUntil(b -> present(SAVE));
            return this;
        }

        /** Chooses a frequency (DAILY, WEEKLY, NONE) and saves. */
        MailSettings save(String frequency) {
            find(By.cssSelector("input[name='mail:frequency'][value='" + frequency + "']")).click();
            find(SAVE).click();
            waitForAjax();
            return this;
        }

        String messages() {
            return find(By.id("mail:messages")).getText();
        }

        String chosen() {
            return find(By.cssSelector("input[name='mail:frequency']:checked"))
                    .getAttribute("value");
        }

        List<By> keyParts() {
            return List.of(
                    FREQUENCY,
                    By.id("mail:marks"),
                    By.id("mail:homework"),
                    By.id("mail:language"),
                    SAVE);
        }
    }

    /** R-A06: who has not opened the diary for N days, the unread messages, the reminder. */
    static final class Acknowledgement extends Page {
        static final By READERS = By.id("readers");
        static final By REMIND = By.id("ack:remind");
        private static final By DAYS = By.id("ack:days_input");

        Acknowledgement(BrowserTest test) {
            super(test);
        }

        Acknowledgement open() {
            browser().get(BASE + "/teacher/acknowledgement.xhtml");
            waitUntil(b -> present(REMIND));
            return this;
        }

        /** The readers listed (pupils and parents), as their lines. */
        List<String> readers() {
            return browser().findElements(By.cssSelector("#readers li")).stream()
                    .map(WebElement::getText)
                    .toList();
        }

        String staleCount() {
            return find(By.id("staleCount")).getText();
        }

        List<By> keyParts() {
            return List.of(By.id("ack:class"), DAYS, By.id("ack:classExtract"), READERS, REMIND);
        }
    }
}
