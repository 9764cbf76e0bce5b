package org.schooljournal.system;

import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * The deputy's oversight page and its completeness page (issue 12): the filter, the report tables
 * (cards on a phone) and their export links.
 */
final class OversightPage extends Page {
    private static final By CLASS = By.id("filter:class");
    private static final By SHOW = By.id("filter:show");
    private static final By COMPLETENESS_LINK = By.id("completenessLink");

    OversightPage(BrowserTest test) {
        super(test);
    }

    OversightPage open() {
        browser().get(BASE + "/deputy/oversight.xhtml");
        return this;
    }

    OversightPage openCompleteness() {
        browser().get(BASE + "/deputy/completeness.xhtml");
        return this;
    }

    /** Follows the link from the checks to the completeness page. */
    OversightPage toCompleteness() {
        find(COMPLETENESS_LINK).click();
        waitUntil(b -> present(By.id("report")));
        return this;
    }

    /** Filters by the class (its title, e.g. «5 «А»») and waits for the reports. */
    OversightPage filterClass(String title) {
        new Select(find(CLASS)).selectByVisibleText(title);
        find(SHOW).click();
        waitForAjax();
        return this;
    }

    /** The classes offered by the filter. */
    List<String> classes() {
        return new Select(find(CLASS)).getOptions().stream().map(WebElement::getText).toList();
    }

    /** The report table's text (header and rows). */
    String table(String id) {
        return find(By.id(id)).getText();
    }

    /** The data rows of a report table. */
    List<WebElement> rows(String id) {
        return browser().findElements(By.cssSelector("[id='" + id + "'] tbody tr[data-ri]"));
    }

    /** The links of a table's rows to the journal, as their targets. */
    List<String> journalLinks(String id) {
        return browser().findElements(By.cssSelector("[id='" + id + "'] tbody a")).stream()
                .map(a -> a.getAttribute("href"))
                .toList();
    }

    /** A report's export link in the format (e.g. {@code fulfilmentXlsx}). */
    String exportLink(String id) {
        return find(By.id(id)).getAttribute("href");
    }

    /** The completeness scores down the page, as numbers («76,5» → 76.5). */
    List<Double> scores() {
        return browser().findElements(By.cssSelector("[id='completeness'] .sj-score")).stream()
                .map(e -> Double.valueOf(e.getText().replace(',', '.')))
                .toList();
    }

    /** The section headings of the page. */
    List<String> headings() {
        return browser().findElements(By.cssSelector("h1, h2")).stream()
                .map(WebElement::getText)
                .toList();
    }
}
