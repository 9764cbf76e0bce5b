package org.schooljournal.archive.control;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.schooljournal.archive.boundary.ArchivedDocument;
import org.schooljournal.archive.boundary.BookKind;
import org.schooljournal.archive.boundary.Checkpoint;
import org.schooljournal.archive.boundary.CheckpointStamp;
import org.schooljournal.archive.boundary.IntegrityReport;
import org.schooljournal.audit.control.AuditChain;
import org.schooljournal.journal.control.SigningKey;
import org.schooljournal.journal.control.SigningKeys;

/**
 * The archive's writing and checking work (R-P03, R-P04): deposits, signed checkpoints (stamped by
 * the configured time-stamping service, RFC 3161) and the integrity check. It checks nobody: the
 * {@code Archive} boundary lets only the archivist call it, and the scheduled system runs of the
 * archive's jobs ({@code batch.control}) call it with no person behind them. Runs in the caller's
 * transaction, so a deposit's record and bytes are durable together or not at all.
 */
@Dependent
public class ArchiveLedger {
    private static final Logger LOG = Logger.getLogger(ArchiveLedger.class.getName());

    /**
     * {@code -Djournal.archive.check.signatures=all}: the check verifies every record's own
     * signature even under a verified checkpoint (as before; the benchmark's "before").
     */
    public static final String SIGNATURES = "journal.archive.check.signatures";

    @Resource(lookup = "jdbc/journal")
    DataSource dataSource;

    @Inject Clock clock;

    @Inject SigningKey key;

    @Inject AuditChains auditChains;

    @Inject TimestampAuthority timestamps;

    /** See {@code Archive.deposit}: the same bytes again return the document already there. */
    public ArchivedDocument deposit(
            long schoolId,
            long yearId,
            long classId,
            String className,
            BookKind kind,
            byte[] pdf,
            LocalDate closedOn) {
        String sha256 = HexFormat.of().formatHex(MerkleLog.sha256().digest(pdf));
        try (Connection c = dataSource.getConnection()) {
            ArchiveTables.lock(c);
            List<ArchiveTables.Row> versions =
                    ArchiveTables.versions(c, schoolId, yearId, classId, kind.name());
            for (ArchiveTables.Row v : versions) {
                if (v.record().sha256().equals(sha256)) {
                    return document(v);
                }
            }
            ArchiveRecord record =
                    new ArchiveRecord(
                            ArchiveTables.nextLeaf(c),
                            schoolId,
                            yearId,
                            classId,
                            className.strip(),
                            kind.name(),
                            versions.size() + 1,
                            closedOn,
                            Retention.destroyAfter(kind, closedOn),
                            pdf.length,
                            sha256);
            Instant at = now();
            SigningKeys.register(c, key.keyId(), key.publicKey(), at);
            long id =
                    ArchiveTables.insert(c, record, key.keyId(), key.sign(record.text()), at, pdf);
            return document(ArchiveTables.document(c, id));
        } catch (SQLException e) {
            throw new IllegalStateException("cannot deposit into the archive", e);
        }
    }

    /**
     * Signs a checkpoint over the whole log as it is now, with every school's audit chain head;
     * when neither changed since the latest checkpoint, that one is returned. With a time-stamping
     * service configured, a checkpoint without a token gets one; a service that fails leaves the
     * checkpoint valid without it (logged; the next checkpoint call asks again).
     */
    public Checkpoint checkpoint() {
        try (Connection c = dataSource.getConnection()) {
            ArchiveTables.lock(c);
            long size = ArchiveTables.nextLeaf(c);
            List<byte[]> leaves = ArchiveTables.leafHashes(c, size);
            List<CheckpointNote.AuditHead> heads = ArchiveTables.auditHeads(c);
            List<ArchiveTables.CheckpointRow> all = ArchiveTables.checkpoints(c);
            ArchiveTables.CheckpointRow signed = null;
            if (!all.isEmpty()) {
                ArchiveTables.CheckpointRow latest = all.get(all.size() - 1);
                CheckpointNote note = CheckpointNote.parse(latest.note());
                if (note.size() == size && note.auditHeads().equals(heads)) {
                    signed = latest;
                }
            }
            if (signed == null) {
                Instant at = now();
                SigningKeys.register(c, key.keyId(), key.publicKey(), at);
                CheckpointNote note =
                        CheckpointNote.signed(
                                size, MerkleLog.root(leaves), at, heads, key.keyId(), key::sign);
                signed = ArchiveTables.checkpoint(c, ArchiveTables.insertCheckpoint(c, note));
            }
            stamp(c, signed);
            return checkpoint(signed);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot sign an archive checkpoint", e);
        }
    }

    private void stamp(Connection c, ArchiveTables.CheckpointRow checkpoint) throws SQLException {
        var url = timestamps.url();
        if (url.isEmpty() || TimestampTable.of(c, checkpoint.id()) != null) {
            return;
        }
        try {
            byte[] token =
                    timestamps.stamp(url.get(), checkpoint.note().getBytes(StandardCharsets.UTF_8));
            TimestampTable.insert(c, checkpoint.id(), url.get(), token, now());
        } catch (IllegalStateException unavailable) {
            LOG.log(
                    Level.WARNING,
                    "Archive checkpoint " + checkpoint.id() + " not time-stamped",
                    unavailable);
        }
    }

    /** A checkpoint's note with its RFC 3161 token (null if none); null for no such checkpoint. */
    public CheckpointStamp stamp(long checkpointId) {
        try (Connection c = dataSource.getConnection()) {
            ArchiveTables.CheckpointRow row = ArchiveTables.checkpoint(c, checkpointId);
            return row == null
                    ? null
                    : new CheckpointStamp(
                            checkpointId, row.note(), TimestampTable.of(c, checkpointId));
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read the archive's time-stamps", e);
        }
    }

    /** How many documents (versions and tombstones included) a school has in the archive. */
    public int documentCount(long schoolId) {
        try (Connection c = dataSource.getConnection()) {
            return ArchiveTables.ofSchool(c, schoolId, null).size();
        } catch (SQLException e) {
            throw new IllegalStateException("cannot list the archive", e);
        }
    }

    /**
     * See {@code Archive.check}; and every checkpoint's time-stamp token must stamp that
     * checkpoint's note and carry a valid signature.
     */
    public IntegrityReport check() {
        long started = System.nanoTime();
        try (Connection c = dataSource.getConnection()) {
            List<IntegrityCheck.StoredRecord> records =
                    ArchiveTables.all(c).stream().map(ArchiveTables.Row::stored).toList();
            long recordsRead = System.nanoTime();
            StoredContent.Read read = ArchiveTables.hashedContent(c);
            List<IntegrityCheck.StoredBytes> bytes = read.bytes();
            long bytesRead = System.nanoTime();
            List<ArchiveTables.CheckpointRow> checkpoints = ArchiveTables.checkpoints(c);
            List<String> notes =
                    checkpoints.stream().map(ArchiveTables.CheckpointRow::note).toList();
            Map<Long, List<AuditChain.Link>> chains = new TreeMap<>();
            for (CheckpointNote.AuditHead head : ArchiveTables.auditHeads(c)) {
                chains.put(head.schoolId(), auditChains.of(head.schoolId()));
            }
            // a school whose whole trail was cut is still held to the head the checkpoint signed
            if (!notes.isEmpty()) {
                for (CheckpointNote.AuditHead head :
                        CheckpointNote.parse(notes.get(notes.size() - 1)).auditHeads()) {
                    chains.computeIfAbsent(head.schoolId(), auditChains::of);
                }
            }
            long chainsRead = System.nanoTime();
            IntegrityCheck judge =
                    new IntegrityCheck(
                            SigningKeys.all(c), "all".equals(System.getProperty(SIGNATURES)));
            List<IntegrityReport.Finding> findings =
                    new ArrayList<>(judge.check(records, bytes, notes, chains));
            findings.addAll(timestampFindings(checkpoints, TimestampTable.all(c)));
            long judged = System.nanoTime();
            // where the check's time goes, for the benchmark (issue 10, "Speed")
            LOG.info(
                    String.format(
                            "archive check: %d records read in %.2f s, their bytes in %.2f s,"
                                    + " %d checkpoints and %d audit chains in %.2f s, judged in"
                                    + " %.2f s (%d record signatures verified)",
                            records.size(),
                            (recordsRead - started) / 1e9,
                            (bytesRead - recordsRead) / 1e9,
                            notes.size(),
                            chains.size(),
                            (chainsRead - bytesRead) / 1e9,
                            (judged - chainsRead) / 1e9,
                            judge.signaturesVerified()));
            return new IntegrityReport(
                    records.size(),
                    bytes.stream().mapToLong(IntegrityCheck.StoredBytes::size).sum(),
                    notes.size(),
                    chains.size(),
                    findings,
                    Duration.ofNanos(System.nanoTime() - started),
                    read.how());
        } catch (SQLException e) {
            throw new IllegalStateException("cannot check the archive", e);
        }
    }

    /**
     * A token that does not stamp its checkpoint's note (or has lost it) is a CHECKPOINT finding.
     */
    static List<IntegrityReport.Finding> timestampFindings(
            List<ArchiveTables.CheckpointRow> checkpoints, List<TimestampTable.Row> tokens) {
        Map<Long, Integer> position = new HashMap<>();
        for (int i = 0; i < checkpoints.size(); i++) {
            position.put(checkpoints.get(i).id(), i);
        }
        List<IntegrityReport.Finding> findings = new ArrayList<>();
        for (TimestampTable.Row token : tokens) {
            Integer at = position.get(token.checkpointId());
            String name =
                    at == null
                            ? "time-stamp of checkpoint id " + token.checkpointId()
                            : "checkpoint " + (at + 1);
            if (at == null) {
                findings.add(finding(name, "time-stamp token of a checkpoint that is gone"));
                continue;
            }
            byte[] note = checkpoints.get(at).note().getBytes(StandardCharsets.UTF_8);
            try {
                Timestamps.verify(token.token(), note);
            } catch (IllegalArgumentException fails) {
                findings.add(finding(name, "time-stamp token fails: " + fails.getMessage()));
            }
        }
        return findings;
    }

    private static IntegrityReport.Finding finding(String record, String detail) {
        return new IntegrityReport.Finding(
                IntegrityReport.Problem.CHECKPOINT, null, record, detail);
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }

    /** A stored row as the boundary's record. */
    public static ArchivedDocument document(ArchiveTables.Row row) {
        ArchiveRecord r = row.record();
        return new ArchivedDocument(
                row.documentId(),
                r.leafIndex(),
                r.schoolId(),
                r.yearId(),
                r.classId(),
                r.className(),
                BookKind.valueOf(r.kind()),
                r.version(),
                r.sha256(),
                r.size(),
                r.closedOn(),
                r.destroyAfter(),
                row.depositedAt(),
                row.destroyed());
    }

    /** A stored checkpoint as the boundary's record. */
    public static Checkpoint checkpoint(ArchiveTables.CheckpointRow row) {
        return new Checkpoint(
                row.id(), row.treeSize(), row.rootHash(), row.signedAt(), row.keyId(), row.note());
    }
}
