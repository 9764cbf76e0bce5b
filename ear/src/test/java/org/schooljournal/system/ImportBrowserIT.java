package org.schooljournal.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;
import org.schooljournal.testing.Demo;

/** The school administrator's import screen on the EAR: upload, progress, report by row. */
class ImportBrowserIT extends BrowserTest {
    @Test
    @DisplayName(
            "R-S05 import screen: a roster is uploaded for a class and the report names each skipped row")
    void uploadShowsReport() throws Exception {
        Path csv = Files.createTempFile("9a-", ".csv");
        Files.writeString(
                csv,
                "Фамилия;Имя;Отчество;Дата рождения;Фамилия родителя;Имя родителя;Email родителя\n"
                        + "Браузерова;Алиса;Игоревна;05.05.2011;Браузеров;Игорь;igor@example.org\n"
                        + "Браузеров;Борис;;1 мая;;;\n",
                StandardCharsets.UTF_8);

        signIn(Demo.SCHOOL_ADMIN, Demo.PASSWORD);
        browser.get(BASE + "/admin/import.xhtml");
        Select classes = new Select(browser.findElement(By.id("upload:class")));
        classes.getOptions().stream()
                .filter(o -> o.getText().startsWith("9 «А»"))
                .findFirst()
                .orElseThrow()
                .click();
        browser.findElement(By.cssSelector("input[type=file]")).sendKeys(csv.toString());
        browser.findElement(By.id("upload:start")).click();
        try {
            waitUntil(b -> b.findElement(By.id("status")).getText().contains("завершён"));
        } finally {
            screenshot("06-import-report");
        }

        String status = browser.findElement(By.id("status")).getText();
        assertThat(status).contains("добавлено: 1", "пропущено: 1");
        assertThat(browser.findElement(By.id("status:issues")).getText()).contains("3", "1 мая");
        assertThat(
                        new Select(browser.findElement(By.id("upload:class")))
                                .getFirstSelectedOption()
                                .getText())
                .startsWith("9 «А»");
    }
}
