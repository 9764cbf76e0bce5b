package org.schooljournal.archive.control;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

/**
 * The archive's SQL (plain JDBC: the archive works across schools, outside the per-school tenancy,
 * and streams bytes). Only inserts, and the one delete of bytes a destruction act allows.
 */
public final class ArchiveTables {
    /** A document row as stored, with its tombstone flag. */
    public record Row(
            long documentId,
            ArchiveRecord record,
            String leafHash,
            String keyId,
            String signature,
            Instant depositedAt,
            boolean destroyed) {
        public IntegrityCheck.StoredRecord stored() {
            return new IntegrityCheck.StoredRecord(
                    documentId, record, leafHash, keyId, signature, destroyed);
        }
    }

    /** A stored checkpoint. */
    public record CheckpointRow(
            long id, long treeSize, String rootHash, Instant signedAt, String keyId, String note) {}

    private static final String DOCUMENT =
            "select d.id, d.leaf_index, d.school_id, d.year_id, d.class_id, d.class_name, d.kind,"
                    + " d.version, d.closed_on, d.destroy_after, d.size_bytes, d.sha256,"
                    + " d.leaf_hash, d.key_id, d.signature, d.deposited_at,"
                    + " case when x.document_id is null then 0 else 1 end"
                    + " from archive_document d"
                    + " left join archive_destruction x on x.document_id = d.id ";

    private static final String CHECKPOINT =
            "select id, tree_size, root_hash, signed_at, key_id, note from archive_checkpoint ";

    private ArchiveTables() {}

    /** Serialises deposits and checkpoints: leaves get consecutive indexes in one order. */
    public static void lock(Connection c) throws SQLException {
        try (var s = c.prepareStatement("select id from archive_lock where id = 1 for update");
                var rows = s.executeQuery()) {
            rows.next();
        }
    }

    public static List<Row> versions(
            Connection c, long schoolId, long yearId, long classId, String kind)
            throws SQLException {
        return rows(
                c,
                DOCUMENT
                        + "where d.school_id = ? and d.year_id = ? and d.class_id = ? and d.kind = ?"
                        + " order by d.version",
                schoolId,
                yearId,
                classId,
                kind);
    }

    public static List<Row> ofSchool(Connection c, long schoolId, Long yearId) throws SQLException {
        return yearId == null
                ? rows(c, DOCUMENT + "where d.school_id = ? order by d.leaf_index", schoolId)
                : rows(
                        c,
                        DOCUMENT + "where d.school_id = ? and d.year_id = ? order by d.leaf_index",
                        schoolId,
                        yearId);
    }

    public static List<Row> all(Connection c) throws SQLException {
        return rows(c, DOCUMENT + "order by d.leaf_index");
    }

    public static List<Row> expired(Connection c, LocalDate on) throws SQLException {
        return rows(
                c,
                DOCUMENT
                        + "where d.destroy_after <= ? and x.document_id is null"
                        + " order by d.destroy_after, d.leaf_index",
                on);
    }

    public static Row document(Connection c, long id) throws SQLException {
        List<Row> rows = rows(c, DOCUMENT + "where d.id = ?", id);
        return rows.isEmpty() ? null : rows.get(0);
    }

    public static long nextLeaf(Connection c) throws SQLException {
        try (var s = c.prepareStatement("select max(leaf_index) from archive_document");
                var rows = s.executeQuery()) {
            rows.next();
            long max = rows.getLong(1);
            return rows.wasNull() ? 0 : max + 1;
        }
    }

    public static long insert(
            Connection c, ArchiveRecord r, String keyId, String signature, Instant at, byte[] pdf)
            throws SQLException {
        long id;
        try (var s =
                c.prepareStatement(
                        "insert into archive_document (leaf_index, school_id, year_id, class_id,"
                                + " class_name, kind, version, sha256, size_bytes, closed_on,"
                                + " destroy_after, deposited_at, leaf_hash, key_id, signature)"
                                + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                        new String[] {"id"})) {
            bind(
                    s,
                    r.leafIndex(),
                    r.schoolId(),
                    r.yearId(),
                    r.classId(),
                    r.className(),
                    r.kind(),
                    r.version(),
                    r.sha256(),
                    r.size(),
                    r.closedOn(),
                    r.destroyAfter(),
                    at.atOffset(ZoneOffset.UTC),
                    r.leafHashHex(),
                    keyId,
                    signature);
            s.executeUpdate();
            try (var keys = s.getGeneratedKeys()) {
                keys.next();
                id = keys.getLong(1);
            }
        }
        try (var s =
                c.prepareStatement(
                        "insert into archive_content (document_id, record, bytes) values (?, ?, ?)")) {
            s.setLong(1, id);
            s.setString(2, r.text());
            s.setBytes(3, pdf);
            s.executeUpdate();
        }
        return id;
    }

    public static byte[] content(Connection c, long documentId) throws SQLException {
        try (var s =
                c.prepareStatement("select bytes from archive_content where document_id = ?")) {
            s.setLong(1, documentId);
            try (var rows = s.executeQuery()) {
                return rows.next() ? rows.getBytes(1) : null;
            }
        }
    }

    /** The stored leaf hashes of the first {@code size} leaves, in order. */
    public static List<byte[]> leafHashes(Connection c, long size) throws SQLException {
        List<byte[]> hashes = new ArrayList<>();
        try (var s =
                c.prepareStatement(
                        "select leaf_hash from archive_document where leaf_index < ?"
                                + " order by leaf_index")) {
            s.setLong(1, size);
            try (var rows = s.executeQuery()) {
                while (rows.next()) {
                    hashes.add(HexFormat.of().parseHex(rows.getString(1)));
                }
            }
        }
        return hashes;
    }

    public static void destroy(
            Connection c, long documentId, String act, String approvedBy, String by, Instant at)
            throws SQLException {
        try (var s =
                c.prepareStatement(
                        "insert into archive_destruction (document_id, act, approved_by,"
                                + " destroyed_by, destroyed_at) values (?, ?, ?, ?, ?)")) {
            bind(s, documentId, act, approvedBy, by, at.atOffset(ZoneOffset.UTC));
            s.executeUpdate();
        }
        try (var s = c.prepareStatement("delete from archive_content where document_id = ?")) {
            s.setLong(1, documentId);
            s.executeUpdate();
        }
    }

    /** Each school's last audit entry: the heads a checkpoint signs. */
    public static List<CheckpointNote.AuditHead> auditHeads(Connection c) throws SQLException {
        List<CheckpointNote.AuditHead> heads = new ArrayList<>();
        try (var s =
                        c.prepareStatement(
                                "select a.school_id, a.seq, a.hash from audit_entry a join"
                                        + " (select school_id, max(seq) m from audit_entry"
                                        + " group by school_id) h on h.school_id = a.school_id"
                                        + " and h.m = a.seq order by a.school_id");
                var rows = s.executeQuery()) {
            while (rows.next()) {
                heads.add(
                        new CheckpointNote.AuditHead(
                                rows.getLong(1), rows.getLong(2), rows.getString(3)));
            }
        }
        return heads;
    }

    public static long insertCheckpoint(Connection c, CheckpointNote note) throws SQLException {
        try (var s =
                c.prepareStatement(
                        "insert into archive_checkpoint (tree_size, root_hash, signed_at, key_id,"
                                + " note) values (?, ?, ?, ?, ?)",
                        new String[] {"id"})) {
            bind(
                    s,
                    note.size(),
                    HexFormat.of().formatHex(note.root()),
                    note.time().atOffset(ZoneOffset.UTC),
                    note.keyId(),
                    note.text());
            s.executeUpdate();
            try (var keys = s.getGeneratedKeys()) {
                keys.next();
                return keys.getLong(1);
            }
        }
    }

    public static List<CheckpointRow> checkpoints(Connection c) throws SQLException {
        List<CheckpointRow> result = new ArrayList<>();
        try (var s = c.prepareStatement(CHECKPOINT + "order by id");
                var rows = s.executeQuery()) {
            while (rows.next()) {
                result.add(checkpoint(rows));
            }
        }
        return result;
    }

    public static CheckpointRow checkpoint(Connection c, long id) throws SQLException {
        try (var s = c.prepareStatement(CHECKPOINT + "where id = ?")) {
            s.setLong(1, id);
            try (var rows = s.executeQuery()) {
                return rows.next() ? checkpoint(rows) : null;
            }
        }
    }

    /** Every stored document's bytes read once, hashed as they come ({@link StoredContent}). */
    public static StoredContent.Read hashedContent(Connection c) throws SQLException {
        return StoredContent.hashed(c);
    }

    private static CheckpointRow checkpoint(ResultSet rows) throws SQLException {
        return new CheckpointRow(
                rows.getLong(1),
                rows.getLong(2),
                rows.getString(3),
                rows.getObject(4, OffsetDateTime.class).toInstant(),
                rows.getString(5),
                rows.getString(6));
    }

    private static List<Row> rows(Connection c, String sql, Object... args) throws SQLException {
        List<Row> result = new ArrayList<>();
        try (var s = c.prepareStatement(sql)) {
            bind(s, args);
            try (var rows = s.executeQuery()) {
                while (rows.next()) {
                    ArchiveRecord record =
                            new ArchiveRecord(
                                    rows.getLong(2),
                                    rows.getLong(3),
                                    rows.getLong(4),
                                    rows.getLong(5),
                                    rows.getString(6),
                                    rows.getString(7),
                                    rows.getInt(8),
                                    rows.getObject(9, LocalDate.class),
                                    rows.getObject(10, LocalDate.class),
                                    rows.getLong(11),
                                    rows.getString(12));
                    result.add(
                            new Row(
                                    rows.getLong(1),
                                    record,
                                    rows.getString(13),
                                    rows.getString(14),
                                    rows.getString(15),
                                    rows.getObject(16, OffsetDateTime.class).toInstant(),
                                    rows.getInt(17) == 1));
                }
            }
        }
        return result;
    }

    private static void bind(PreparedStatement s, Object... args) throws SQLException {
        for (int i = 0; i < args.length; i++) {
            s.setObject(i + 1, args[i]);
        }
    }
}
