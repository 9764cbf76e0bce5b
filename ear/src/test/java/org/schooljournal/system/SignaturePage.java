package org.schooljournal.system;

import org.openqa.selenium.By;

/**
 * The signature page (teacher/signature.xhtml, R-J11) opened by its address, without a journal:
 * where a journal is signed, and the way to the journals.
 */
final class SignaturePage extends Page {
    SignaturePage(BrowserTest test) {
        super(test);
    }

    SignaturePage open() {
        browser().get(BASE + "/teacher/signature.xhtml");
        return this;
    }

    String help() {
        return find(By.id("signatureHelp")).getText();
    }

    /** Follows the link to the journals and waits for their list. */
    void chooseJournal() {
        find(By.id("chooseJournal")).click();
        waitUntil(b -> b.getCurrentUrl().contains("/teacher/journals.xhtml"));
    }
}
