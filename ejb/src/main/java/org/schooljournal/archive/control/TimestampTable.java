package org.schooljournal.archive.control;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

/** The SQL of {@code archive_timestamp} (V29): RFC 3161 tokens of checkpoints, only added. */
public final class TimestampTable {
    /** A stored token with the checkpoint it stamps. */
    public record Row(long checkpointId, String authority, byte[] token, Instant stampedAt) {}

    private TimestampTable() {}

    public static void insert(
            Connection c, long checkpointId, String authority, byte[] token, Instant at)
            throws SQLException {
        try (var s =
                c.prepareStatement(
                        "insert into archive_timestamp (checkpoint_id, authority, token,"
                                + " stamped_at) values (?, ?, ?, ?)")) {
            s.setLong(1, checkpointId);
            s.setString(2, authority);
            s.setBytes(3, token);
            s.setObject(4, OffsetDateTime.ofInstant(at, ZoneOffset.UTC));
            s.executeUpdate();
        }
    }

    /** Every token, by checkpoint. */
    public static List<Row> all(Connection c) throws SQLException {
        List<Row> rows = new ArrayList<>();
        try (var s =
                        c.prepareStatement(
                                "select checkpoint_id, authority, token, stamped_at"
                                        + " from archive_timestamp order by checkpoint_id");
                var r = s.executeQuery()) {
            while (r.next()) {
                rows.add(
                        new Row(
                                r.getLong(1),
                                r.getString(2),
                                r.getBytes(3),
                                r.getObject(4, OffsetDateTime.class).toInstant()));
            }
        }
        return rows;
    }

    /** The token of a checkpoint, or null. */
    public static byte[] of(Connection c, long checkpointId) throws SQLException {
        try (var s =
                c.prepareStatement("select token from archive_timestamp where checkpoint_id = ?")) {
            s.setLong(1, checkpointId);
            try (var r = s.executeQuery()) {
                return r.next() ? r.getBytes(1) : null;
            }
        }
    }
}
