package org.schooljournal.oversight.control;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * A report as CSV for Excel (R-O01): UTF-8 with a byte order mark (else Excel reads Cyrillic as
 * Windows-1251), {@code ;} between fields (Excel's separator in a Russian locale), CRLF line ends,
 * fields with a separator, quote or line break quoted (RFC 4180). The header row comes first; the
 * title and notes are not data and stay out, so the file opens as one table.
 */
public final class ReportCsv {
    private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    private ReportCsv() {}

    public static byte[] of(ReportTable table) {
        StringBuilder out = new StringBuilder();
        line(out, table.header());
        table.rows().forEach(r -> line(out, r));
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        bytes.writeBytes(BOM);
        bytes.writeBytes(out.toString().getBytes(StandardCharsets.UTF_8));
        return bytes.toByteArray();
    }

    private static void line(StringBuilder out, List<String> fields) {
        for (int i = 0; i < fields.size(); i++) {
            if (i > 0) {
                out.append(';');
            }
            out.append(field(fields.get(i)));
        }
        out.append("\r\n");
    }

    static String field(String value) {
        if (value.indexOf(';') < 0
                && value.indexOf('"') < 0
                && value.indexOf('\n') < 0
                && value.indexOf('\r') < 0) {
            return value;
        }
        return '"' + value.replace("\"", "\"\"") + '"';
    }
}
