package org.schooljournal.archive.control;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.logging.Logger;

/**
 * Every stored document's bytes read once and hashed as they come, for the integrity check (R-P04).
 * On PostgreSQL by binary COPY ({@link PostgresContent}): the JDBC read below asked pgjdbc for
 * binary transfer through Payara's statement wrapper and still received bytea as hex text, so the
 * check ran at 28 % of sha256sum (README, YearEndBench). Any other database (H2 on the quick start)
 * reads by JDBC. System property {@value #READ}{@code =jdbc} forces the JDBC read on PostgreSQL
 * too: the benchmark's "before".
 */
public final class StoredContent {
    /** {@code jdbc}: read by JDBC even on PostgreSQL (YearEndBench's comparison). */
    public static final String READ = "journal.archive.check.read";

    private static final Logger LOG = Logger.getLogger(StoredContent.class.getName());

    /** The COPY read's name in {@link Read#how()} (and in the log line). */
    public static final String BY_COPY = "COPY (format binary)";

    private StoredContent() {}

    /**
     * The stored bytes' hashes and how they were read: {@value #BY_COPY} on PostgreSQL, else "JDBC
     * (...)" with what the driver did, so a silent fall-back is visible in the report.
     */
    public record Read(List<IntegrityCheck.StoredBytes> bytes, String how) {}

    public static Read hashed(Connection c) throws SQLException {
        long began = System.nanoTime();
        boolean postgres = postgres(c);
        String how;
        List<IntegrityCheck.StoredBytes> result;
        if (postgres && !"jdbc".equals(System.getProperty(READ))) {
            result = PostgresContent.hashed(c);
            how = BY_COPY;
        } else {
            result = new ArrayList<>();
            how = jdbc(c, postgres, result);
        }
        double seconds = (System.nanoTime() - began) / 1e9;
        long bytes = result.stream().mapToLong(IntegrityCheck.StoredBytes::size).sum();
        LOG.info(
                String.format(
                        Locale.ROOT,
                        "archive check read %d documents, %.1f MB, in %.2f s (%.0f MB/s) by %s",
                        result.size(),
                        bytes / 1e6,
                        seconds,
                        bytes / 1e6 / Math.max(seconds, 1e-9),
                        how));
        return new Read(result, how);
    }

    /** The JDBC read; says how the bytes came (the proof of the text transfer). */
    private static String jdbc(
            Connection c, boolean postgres, List<IntegrityCheck.StoredBytes> result)
            throws SQLException {
        try (var s =
                c.prepareStatement(
                        "select document_id, record, bytes from archive_content"
                                + " order by document_id")) {
            s.setFetchSize(16);
            String asked = binaryTransfer(s);
            try (var rows = s.executeQuery()) {
                String format = postgres ? PostgresContent.transferFormat(rows, 3) : "the driver's";
                while (rows.next()) {
                    byte[] bytes = rows.getBytes(3);
                    result.add(
                            new IntegrityCheck.StoredBytes(
                                    rows.getLong(1),
                                    rows.getString(2),
                                    HexFormat.of().formatHex(MerkleLog.sha256().digest(bytes)),
                                    bytes.length));
                }
                return "JDBC (" + asked + "; bytea came as " + format + ")";
            }
        }
    }

    /**
     * Asks pgjdbc for binary transfer of this statement (prepare threshold -1), by reflection as
     * before COPY; says whether the statement let it through.
     */
    private static String binaryTransfer(PreparedStatement s) {
        try {
            Class<?> pg =
                    Class.forName(
                            "org.postgresql.PGStatement",
                            false,
                            Thread.currentThread().getContextClassLoader());
            if (!s.isWrapperFor(pg)) {
                return "binary transfer not set: " + s.getClass().getName() + " wraps no " + pg;
            }
            pg.getMethod("setPrepareThreshold", int.class).invoke(s.unwrap(pg), -1);
            return "binary transfer set on " + s.unwrap(pg).getClass().getName();
        } catch (ReflectiveOperationException | SQLException | LinkageError notPostgresql) {
            return "binary transfer not set: " + notPostgresql;
        }
    }

    private static boolean postgres(Connection c) throws SQLException {
        var meta = c.getMetaData();
        if (meta == null || !"PostgreSQL".equals(meta.getDatabaseProductName())) {
            return false;
        }
        try {
            return PostgresContent.available(c);
        } catch (LinkageError driverNotVisible) {
            return false;
        }
    }
}
