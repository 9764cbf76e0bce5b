package org.schooljournal.archive.boundary;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.security.Principal;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import javax.sql.DataSource;
import org.schooljournal.archive.control.ArchiveLedger;
import org.schooljournal.archive.control.ArchiveProof;
import org.schooljournal.archive.control.ArchiveTables;
import org.schooljournal.archive.control.CheckpointNote;
import org.schooljournal.archive.control.MerkleLog;
import org.schooljournal.audit.control.AuditSequencer;
import org.schooljournal.platform.control.Identities;
import org.schooljournal.platform.entity.JournalException;
import org.schooljournal.platform.entity.Role;

/**
 * The year-end archive (issue 10, items 3-5): append-only deposits of printed books (R-P03), the
 * Merkle log over them with signed checkpoints and proofs, and the integrity check (R-P04).
 *
 * <p>Who: the archivist works for the whole municipality (every school, and the only one who
 * deposits, signs checkpoints, checks and destroys); a head or deputy head reads their own school's
 * documents only. The archive is deliberately outside the per-school tenancy: it is plain JDBC on
 * {@code jdbc/journal} in the EJB's transaction, every statement naming its school, so a deposit
 * and its bytes are durable together or not at all.
 */
@Stateless
@RolesAllowed({Role.ARCHIVIST, Role.HEAD, Role.DEPUTY_HEAD})
public class Archive {
    @Resource(lookup = "jdbc/journal")
    DataSource dataSource;

    @Inject Principal principal;

    @Inject Identities identities;

    @Inject Clock clock;

    @Inject ArchiveLedger ledger;

    @EJB AuditSequencer auditSequencer;

    /**
     * Deposits a closed class's book. The same bytes again return the document already there (a
     * restarted job adds nothing twice); other bytes become the next version, the old one stays.
     * The summary sheet is kept 25 years and the journal 5 from {@code closedOn} (R-P03).
     */
    @RolesAllowed(Role.ARCHIVIST)
    public ArchivedDocument deposit(
            long schoolId,
            long yearId,
            long classId,
            @NotBlank @Size(max = 100) String className,
            @NotNull BookKind kind,
            @NotNull @Size(min = 1) byte[] pdf,
            @NotNull LocalDate closedOn) {
        return ledger.deposit(schoolId, yearId, classId, className, kind, pdf, closedOn);
    }

    /**
     * Signs a checkpoint over the whole log as it is now, with every school's audit chain head;
     * when neither changed since the latest checkpoint, that one is returned.
     */
    @RolesAllowed(Role.ARCHIVIST)
    public Checkpoint checkpoint() {
        // the heads signed are the sequenced ones: integrate what saves left pending first
        auditSequencer.drainAll();
        return ledger.checkpoint();
    }

    /** Every signed checkpoint, the oldest first (to export or to prove consistency between). */
    public List<Checkpoint> checkpoints() {
        try (Connection c = dataSource.getConnection()) {
            return ArchiveTables.checkpoints(c).stream().map(Archive::checkpoint).toList();
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read the archive's checkpoints", e);
        }
    }

    /** The archive browser: a school's documents, of one year or all, in deposit order. */
    public List<ArchivedDocument> documents(long schoolId, Long yearId) {
        mayRead(schoolId);
        try (Connection c = dataSource.getConnection()) {
            return ArchiveTables.ofSchool(c, schoolId, yearId).stream()
                    .map(Archive::document)
                    .toList();
        } catch (SQLException e) {
            throw new IllegalStateException("cannot list the archive", e);
        }
    }

    /** A document's bytes with its inclusion proof against the latest checkpoint covering it. */
    public DocumentDownload download(long documentId) {
        try (Connection c = dataSource.getConnection()) {
            ArchiveTables.Row row = ArchiveTables.document(c, documentId);
            if (row == null) {
                throw JournalException.notFound("archived document " + documentId);
            }
            mayRead(row.record().schoolId());
            byte[] pdf = row.destroyed() ? null : ArchiveTables.content(c, documentId);
            List<ArchiveTables.CheckpointRow> all = ArchiveTables.checkpoints(c);
            ArchiveTables.CheckpointRow latest = all.isEmpty() ? null : all.get(all.size() - 1);
            if (latest == null || latest.treeSize() <= row.record().leafIndex()) {
                return new DocumentDownload(document(row), pdf, null, null);
            }
            List<byte[]> leaves = ArchiveTables.leafHashes(c, latest.treeSize());
            int index = (int) row.record().leafIndex();
            ArchiveProof proof =
                    new ArchiveProof(
                            index,
                            MerkleLog.inclusionProof(leaves, index),
                            row.record(),
                            CheckpointNote.parse(latest.note()));
            return new DocumentDownload(document(row), pdf, proof.text(), checkpoint(latest));
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read the archive", e);
        }
    }

    /** The proof that checkpoint {@code fromId}'s tree is a prefix of checkpoint {@code toId}'s. */
    public ConsistencyProof consistency(long fromCheckpointId, long toCheckpointId) {
        try (Connection c = dataSource.getConnection()) {
            ArchiveTables.CheckpointRow from = ArchiveTables.checkpoint(c, fromCheckpointId);
            ArchiveTables.CheckpointRow to = ArchiveTables.checkpoint(c, toCheckpointId);
            if (from == null || to == null) {
                throw JournalException.notFound(
                        "checkpoint " + (from == null ? fromCheckpointId : toCheckpointId));
            }
            if (from.treeSize() > to.treeSize()) {
                throw new JournalException(
                        JournalException.Kind.INVALID, "archive.consistencyOrder");
            }
            return consistency(from, to, ArchiveTables.leafHashes(c, to.treeSize()));
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read the archive's checkpoints", e);
        }
    }

    /** {@code leaves}: at least the newer checkpoint's. */
    private static ConsistencyProof consistency(
            ArchiveTables.CheckpointRow from, ArchiveTables.CheckpointRow to, List<byte[]> leaves) {
        List<byte[]> path =
                MerkleLog.consistencyProof(
                        leaves.subList(0, (int) to.treeSize()), (int) from.treeSize());
        boolean verified =
                MerkleLog.verifyConsistency(
                        from.treeSize(),
                        to.treeSize(),
                        path,
                        HexFormat.of().parseHex(from.rootHash()),
                        HexFormat.of().parseHex(to.rootHash()));
        return new ConsistencyProof(
                checkpoint(from),
                checkpoint(to),
                path.stream().map(p -> Base64.getEncoder().encodeToString(p)).toList(),
                verified);
    }

    /**
     * The checkpoints whose trees hold leaf {@code leafIndex}, from the first to the latest, with
     * the consistency proofs between consecutive ones (the leaves read once for all of them).
     */
    public CheckpointChain chainFrom(long leafIndex) {
        try (Connection c = dataSource.getConnection()) {
            List<ArchiveTables.CheckpointRow> rows =
                    ArchiveTables.checkpoints(c).stream()
                            .filter(r -> r.treeSize() > leafIndex)
                            .toList();
            if (rows.isEmpty()) {
                return new CheckpointChain(List.of(), List.of());
            }
            List<byte[]> leaves = ArchiveTables.leafHashes(c, rows.get(rows.size() - 1).treeSize());
            List<ConsistencyProof> proofs = new ArrayList<>();
            for (int i = 1; i < rows.size(); i++) {
                proofs.add(consistency(rows.get(i - 1), rows.get(i), leaves));
            }
            return new CheckpointChain(rows.stream().map(Archive::checkpoint).toList(), proofs);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read the archive's checkpoints", e);
        }
    }

    /**
     * The integrity check (issue 10, item 5): every stored byte re-hashed once, every record's
     * signature and leaf, the tree against each checkpoint, each checkpoint's signature and its
     * consistency with the previous one, and every school's audit chain against the latest
     * checkpoint's heads.
     */
    @RolesAllowed(Role.ARCHIVIST)
    public IntegrityReport check() {
        return ledger.check();
    }

    /**
     * Documents whose retention ended by {@code on} and not yet destroyed: reported, not deleted.
     */
    @RolesAllowed(Role.ARCHIVIST)
    public List<ArchivedDocument> expired(@NotNull LocalDate on) {
        try (Connection c = dataSource.getConnection()) {
            return ArchiveTables.expired(c, on).stream().map(Archive::document).toList();
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read the archive", e);
        }
    }

    /**
     * Destroys an expired document's bytes under a recorded act: the act (its number and date, who
     * approved it, who carried it out) becomes the document's tombstone; the record and its leaf
     * stay, so the tree and every proof remain valid.
     */
    @RolesAllowed(Role.ARCHIVIST)
    public void destroy(
            long documentId,
            @NotBlank @Size(max = 200) String act,
            @NotBlank @Size(max = 200) String approvedBy) {
        try (Connection c = dataSource.getConnection()) {
            ArchiveTables.Row row = ArchiveTables.document(c, documentId);
            if (row == null) {
                throw JournalException.notFound("archived document " + documentId);
            }
            if (row.destroyed()) {
                throw new JournalException(JournalException.Kind.CONFLICT, "archive.destroyed");
            }
            Instant at = now();
            LocalDate today = LocalDate.ofInstant(at, clock.getZone());
            if (row.record().destroyAfter().isAfter(today)) {
                throw new JournalException(
                        JournalException.Kind.CONFLICT,
                        "archive.notExpired",
                        row.record().destroyAfter());
            }
            ArchiveTables.destroy(
                    c, documentId, act.strip(), approvedBy.strip(), principal.getName(), at);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot destroy an archived document", e);
        }
    }

    /** The archivist reads every school; a head or deputy head only their own. */
    private void mayRead(long schoolId) {
        Identities.Identity who = identities.of(principal.getName());
        if (who.roles().contains(Role.ARCHIVIST)) {
            return;
        }
        boolean head = who.roles().contains(Role.HEAD) || who.roles().contains(Role.DEPUTY_HEAD);
        if (!head || who.schoolId() == null || who.schoolId() != schoolId) {
            throw JournalException.forbidden();
        }
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }

    private static ArchivedDocument document(ArchiveTables.Row row) {
        return ArchiveLedger.document(row);
    }

    private static Checkpoint checkpoint(ArchiveTables.CheckpointRow row) {
        return ArchiveLedger.checkpoint(row);
    }
}
