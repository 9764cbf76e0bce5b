package org.schooljournal.system;

import org.openqa.selenium.By;

/** The header of every signed-in page: the language and signing out. */
final class Header extends Page {
    Header(BrowserTest test) {
        super(test);
    }

    /** The page's language as its html element says. */
    String language() {
        return find(By.tagName("html")).getAttribute("lang");
    }

    /** Switches the screens' language («ru», «en») and waits for the page in it. */
    void switchTo(String language) {
        find(By.id("account:" + language)).click();
        waitUntil(b -> language.equals(language()));
    }

    /** Follows the menu's item (e.g. «Журналы»). */
    void openMenu(String item) {
        find(By.linkText(item)).click();
    }

    void signOut() {
        find(By.id("account:signOut")).click();
        waitUntil(b -> b.getCurrentUrl().contains("login.xhtml"));
    }
}
