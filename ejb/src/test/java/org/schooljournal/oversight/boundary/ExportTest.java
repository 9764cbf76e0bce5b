package org.schooljournal.oversight.boundary;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.schooljournal.oversight.control.ReportTable;

class ExportTest {
    private static final LocalDate DAY = LocalDate.of(2026, 12, 6);
    private static final ReportTable TABLE =
            new ReportTable(
                    "Плотность отметок",
                    List.of("Период: 2-я четверть"),
                    List.of("Класс", "Обучающийся"),
                    List.of(List.of("5 «А»", "Иванова Мария")));

    @Test
    @DisplayName("R-O01 an export is named slug-date.extension with its format's media type")
    void namedByReportAndDate() {
        Export csv = Export.of(TABLE, ExportFormat.CSV, "density", () -> "Школа № 1", DAY);
        assertThat(csv.fileName()).isEqualTo("density-2026-12-06.csv");
        assertThat(csv.mediaType()).isEqualTo("text/csv; charset=UTF-8");
        assertThat(new String(csv.bytes(), StandardCharsets.UTF_8)).contains("Иванова Мария");

        Export xlsx = Export.of(TABLE, ExportFormat.XLSX, "control-works", () -> "Школа", DAY);
        assertThat(xlsx.fileName()).isEqualTo("control-works-2026-12-06.xlsx");
        assertThat(xlsx.mediaType()).isEqualTo(ExportFormat.XLSX.mediaType());
        assertThat(xlsx.bytes()).startsWith((byte) 'P', (byte) 'K');
    }

    @Test
    @DisplayName(
            "R-O01 only the PDF reads the school's name (its heading): CSV and XLSX do not ask")
    void schoolNameOnlyForPdf() {
        AtomicInteger asked = new AtomicInteger();
        Supplier<String> school =
                () -> {
                    asked.incrementAndGet();
                    return "Школа № 1";
                };
        Export.of(TABLE, ExportFormat.CSV, "density", school, DAY);
        Export.of(TABLE, ExportFormat.XLSX, "density", school, DAY);
        assertThat(asked).hasValue(0);
        Export pdf = Export.of(TABLE, ExportFormat.PDF, "density", school, DAY);
        assertThat(asked).hasValue(1);
        assertThat(pdf.fileName()).isEqualTo("density-2026-12-06.pdf");
        assertThat(new String(pdf.bytes(), 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
    }
}
