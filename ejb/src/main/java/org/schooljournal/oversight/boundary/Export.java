package org.schooljournal.oversight.boundary;

import java.time.LocalDate;
import java.util.function.Supplier;
import org.schooljournal.oversight.control.ReportCsv;
import org.schooljournal.oversight.control.ReportPdf;
import org.schooljournal.oversight.control.ReportTable;
import org.schooljournal.oversight.control.ReportXlsx;

/** An exported report: its file name, media type and bytes. */
public record Export(String fileName, String mediaType, byte[] bytes) {

    /**
     * A report's table in {@code format} (R-O01), named {@code slug-date.extension}; the PDF is
     * headed by the school's name (read only for it) and the date.
     */
    static Export of(
            ReportTable table,
            ExportFormat format,
            String slug,
            Supplier<String> schoolName,
            LocalDate today) {
        byte[] bytes =
                switch (format) {
                    case CSV -> ReportCsv.of(table);
                    case XLSX -> ReportXlsx.of(table);
                    case PDF -> ReportPdf.of(table, schoolName.get(), today);
                };
        return new Export(slug + "-" + today + "." + format.extension(), format.mediaType(), bytes);
    }
}
