package org.schooljournal.archive.control;

import java.io.IOException;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import org.postgresql.PGConnection;
import org.postgresql.PGResultSetMetaData;
import org.postgresql.copy.CopyOut;

/**
 * The archive's bytes out of PostgreSQL by {@code COPY ... TO STDOUT (FORMAT binary)} on the
 * driver's connection behind the pool's wrapper: bytea arrives as its raw bytes whatever the
 * statement settings, and is hashed as it streams ({@link CopyContent}). Only this class names the
 * driver's types, so another database (H2) never loads them.
 */
final class PostgresContent {
    private static final String COPY =
            "copy (select document_id, record, bytes from archive_content order by document_id)"
                    + " to stdout (format binary)";

    private PostgresContent() {}

    /** Whether {@code c} is (or wraps) a pgjdbc connection visible to this application. */
    static boolean available(Connection c) throws SQLException {
        return c.isWrapperFor(PGConnection.class);
    }

    static List<IntegrityCheck.StoredBytes> hashed(Connection c) throws SQLException {
        return hashed(c.unwrap(PGConnection.class).getCopyAPI().copyOut(COPY));
    }

    /** Hashes the stream of {@code copy}; a stream left open is cancelled before returning. */
    static List<IntegrityCheck.StoredBytes> hashed(CopyOut copy) throws SQLException {
        Throwable failure = null;
        try {
            return CopyContent.hashed(
                    () -> {
                        try {
                            return copy.readFromCopy();
                        } catch (SQLException e) {
                            throw new IOException(e);
                        }
                    });
        } catch (IOException e) {
            SQLException unreadable =
                    new SQLException("cannot read the archive's bytes by COPY", e);
            failure = unreadable;
            throw unreadable;
        } catch (RuntimeException | Error e) {
            failure = e;
            throw e;
        } finally {
            if (copy.isActive()) {
                // a broken stream: the connection goes back to the pool usable
                try {
                    copy.cancelCopy();
                } catch (SQLException cancelFailed) {
                    // the read's failure is the one to report; a failed cancel rides along
                    // with it instead of replacing it (or is the failure when the read went well)
                    if (failure == null) {
                        throw cancelFailed;
                    }
                    failure.addSuppressed(cancelFailed);
                }
            }
        }
    }

    /**
     * How the driver received {@code column} of {@code rows}: "binary", "text", or "unknown" when
     * the metadata is not the driver's (the proof the README cites for the JDBC path).
     */
    static String transferFormat(ResultSet rows, int column) throws SQLException {
        var meta = rows.getMetaData();
        if (!meta.isWrapperFor(PGResultSetMetaData.class)) {
            return "unknown";
        }
        return meta.unwrap(PGResultSetMetaData.class).getFormat(column) == 1 ? "binary" : "text";
    }
}
