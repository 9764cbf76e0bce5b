package org.schooljournal.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
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
        ImportPage page = new ImportPage(this).open();
        page.upload("9 «А»", csv);
        try {
            page.waitForStatus("завершён");
        } finally {
            screenshot("06-import-report");
        }

        assertThat(page.status()).contains("добавлено: 1", "пропущено: 1");
        assertThat(page.issues()).contains("3", "1 мая");
        assertThat(page.chosenClass()).startsWith("9 «А»");
    }
}
