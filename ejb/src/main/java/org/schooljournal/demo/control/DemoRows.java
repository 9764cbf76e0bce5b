package org.schooljournal.demo.control;

import java.sql.SQLException;

/**
 * Where {@link DemoWriter} puts the rows of one table: the setters of a {@code PreparedStatement}
 * for the current row, {@link #addRow()} to keep it, {@link #flush()} to send what is kept. Two
 * implementations: JDBC batches of inserts ({@link BatchRows}, any database) and PostgreSQL's
 * {@code COPY … FROM STDIN} ({@link CopyRows}), many times faster for millions of rows.
 */
interface DemoRows extends AutoCloseable {
    void setLong(int index, long value) throws SQLException;

    void setInt(int index, int value) throws SQLException;

    void setString(int index, String value) throws SQLException;

    /** A date, time, timestamp with offset, number or boolean. */
    void setObject(int index, Object value) throws SQLException;

    /** SQL NULL (the type is a {@link java.sql.Types} constant, used by JDBC only). */
    void setNull(int index, int sqlType) throws SQLException;

    void addRow() throws SQLException;

    /** Sends the rows kept since the last flush (in the connection's transaction). */
    void flush() throws SQLException;

    @Override
    void close();
}
