package org.schooljournal.system;

import java.nio.file.Path;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;

/**
 * The school administrator's import (admin/import.xhtml, R-S05): a roster uploaded for a class, the
 * job's progress and its report by row.
 */
final class ImportPage extends Page {
    private static final By CLASS = By.id("upload:class");
    private static final By STATUS = By.id("status");

    ImportPage(BrowserTest test) {
        super(test);
    }

    ImportPage open() {
        browser().get(BASE + "/admin/import.xhtml");
        return this;
    }

    /** Chooses the class whose menu label starts with the title, uploads the file, starts. */
    void upload(String classTitle, Path file) {
        new Select(find(CLASS))
                .getOptions().stream()
                        .filter(o -> o.getText().startsWith(classTitle))
                        .findFirst()
                        .orElseThrow(() -> new AssertionError("no class " + classTitle))
                        .click();
        find(By.cssSelector("input[type=file]")).sendKeys(file.toString());
        find(By.id("upload:start")).click();
    }

    void waitForStatus(String part) {
        waitUntil(b -> status().contains(part));
    }

    String status() {
        return find(STATUS).getText();
    }

    /** The rows the job skipped, with why. */
    String issues() {
        return find(By.id("status:issues")).getText();
    }

    String chosenClass() {
        return new Select(find(CLASS)).getFirstSelectedOption().getText();
    }
}
