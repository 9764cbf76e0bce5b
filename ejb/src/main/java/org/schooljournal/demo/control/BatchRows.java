package org.schooljournal.demo.control;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;
import java.util.logging.Logger;

/** Rows as JDBC batches of one {@code INSERT} (H2, or any database without COPY). */
final class BatchRows implements DemoRows {
    private static final Logger LOG = Logger.getLogger(BatchRows.class.getName());

    private final String table;
    private final PreparedStatement statement;
    private int pending;

    BatchRows(Connection connection, String table, List<String> columns) throws SQLException {
        this.table = table;
        this.statement =
                connection.prepareStatement(
                        "insert into "
                                + table
                                + " ("
                                + String.join(", ", columns)
                                + ") values ("
                                + String.join(", ", columns.stream().map(c -> "?").toList())
                                + ")");
    }

    @Override
    public void setLong(int index, long value) throws SQLException {
        statement.setLong(index, value);
    }

    @Override
    public void setInt(int index, int value) throws SQLException {
        statement.setInt(index, value);
    }

    @Override
    public void setString(int index, String value) throws SQLException {
        statement.setString(index, value);
    }

    @Override
    public void setObject(int index, Object value) throws SQLException {
        statement.setObject(index, value);
    }

    @Override
    public void setNull(int index, int sqlType) throws SQLException {
        statement.setNull(index, sqlType);
    }

    @Override
    public void addRow() throws SQLException {
        statement.addBatch();
        pending++;
    }

    @Override
    public void flush() throws SQLException {
        if (pending > 0) {
            statement.executeBatch();
            pending = 0;
        }
    }

    @Override
    public void close() {
        try {
            statement.close();
        } catch (SQLException e) {
            LOG.fine(() -> "closing the insert into " + table + ": " + e);
        }
    }
}
