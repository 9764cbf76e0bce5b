package org.schooljournal.demo.control;

import java.math.BigDecimal;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.List;

/**
 * Rows sent with PostgreSQL's {@code COPY table (columns) FROM STDIN} in CSV: kept as text until
 * {@link #flush()} or until {@value #CHUNK} characters are kept, then handed to the {@link
 * BackgroundCopy} as one statement. Values are written as PostgreSQL reads them back: ISO dates,
 * times and timestamps with offset, plain numbers; a NULL is an unquoted empty field, every text is
 * quoted (so an empty text stays empty).
 */
final class CopyRows implements DemoRows {
    /** Characters per COPY: large enough that a statement's overhead does not count. */
    static final int CHUNK = 4 << 20;

    private final BackgroundCopy copy;
    private final String sql;
    private final String[] row;
    private final StringBuilder buffer = new StringBuilder(1 << 16);

    CopyRows(BackgroundCopy copy, String table, List<String> columns) {
        this.copy = copy;
        this.sql =
                "copy " + table + " (" + String.join(", ", columns) + ") from stdin (format csv)";
        this.row = new String[columns.size()];
    }

    @Override
    public void setLong(int index, long value) {
        row[index - 1] = Long.toString(value);
    }

    @Override
    public void setInt(int index, int value) {
        row[index - 1] = Integer.toString(value);
    }

    @Override
    public void setString(int index, String value) {
        row[index - 1] = value == null ? null : quoted(value);
    }

    @Override
    public void setObject(int index, Object value) {
        row[index - 1] =
                value == null
                        ? null
                        : value instanceof BigDecimal d
                                ? d.toPlainString()
                                : value instanceof String s ? quoted(s) : value.toString();
    }

    @Override
    public void setNull(int index, int sqlType) {
        row[index - 1] = null;
    }

    @Override
    public void addRow() throws SQLException {
        for (int i = 0; i < row.length; i++) {
            if (i > 0) {
                buffer.append(',');
            }
            if (row[i] != null) {
                buffer.append(row[i]);
            }
        }
        buffer.append('\n');
        Arrays.fill(row, null);
        if (buffer.length() >= CHUNK) {
            flush();
        }
    }

    @Override
    public void flush() throws SQLException {
        if (buffer.length() == 0) {
            return;
        }
        copy.send(sql, buffer.toString());
        buffer.setLength(0);
    }

    @Override
    public void close() {
        buffer.setLength(0);
    }

    private static String quoted(String text) {
        return '"' + text.replace("\"", "\"\"") + '"';
    }
}
