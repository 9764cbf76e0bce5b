package org.schooljournal.archive.control;

import java.security.PublicKey;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.schooljournal.archive.boundary.IntegrityReport.Finding;
import org.schooljournal.archive.boundary.IntegrityReport.Problem;
import org.schooljournal.audit.control.AuditChain;
import org.schooljournal.journal.control.EcdsaKeys;

/**
 * R-P04 (issue 10, item 5): judges what the archive holds against what was deposited and signed,
 * and names each damaged, missing, added or reordered record. Pure: the caller reads the tables and
 * hashes the stored bytes once while streaming them; this class compares.
 *
 * <ul>
 *   <li>a record is what was deposited when the server's signature of its canonical text holds at
 *       its leaf index; one whose signature holds at another index was moved (REORDERED); one whose
 *       signature fails is DAMAGED inside the signed tree and ADDED (forged) beyond it. When the
 *       leaves rebuilt from the records give exactly the root of the latest checkpoint and that
 *       checkpoint's signature holds, the records under it are proven by it (a changed record could
 *       not give the same root), so only the records beyond it have their own signatures checked:
 *       an ECDSA verification costs about 1 ms on this machine, as much as hashing 0.4 MB, and was
 *       the larger part of the check (issue 10, "Speed"). Anything that breaks the tree brings back
 *       every record's signature, so a changed record is named as before. What a proven record no
 *       longer has checked is its signature column itself (the bytes it signs are proven by the
 *       root, and the offline proof does not use it): a key id no key is known by still brings its
 *       signature check back and is named; a garbled signature under a proven key id is not;
 *   <li>a leaf index without a record is MISSING, named from the record its bytes repeat;
 *   <li>bytes are checked against their record's SHA-256 and size; bytes equal to another record's
 *       are REORDERED (a swapped pair), others DAMAGED, absent ones MISSING unless a destruction
 *       act removed them;
 *   <li>every checkpoint's signature with the key of its id, its root against the tree rebuilt from
 *       the records, and its consistency with the previous checkpoint;
 *   <li>every school's live audit chain, and that it still reaches the head the latest checkpoint
 *       signed (a cut tail).
 * </ul>
 */
public final class IntegrityCheck {
    /** A row of archive_document as stored. */
    public record StoredRecord(
            long documentId,
            ArchiveRecord record,
            String leafHash,
            String keyId,
            String signature,
            boolean destroyed) {}

    /** A row of archive_content: the record it repeats and its bytes' hash and size. */
    public record StoredBytes(long documentId, String recordText, String sha256, long size) {}

    private final Map<String, PublicKey> keys;
    private final boolean everySignature;
    private final List<Finding> findings = new ArrayList<>();
    private final Set<Long> forged = new HashSet<>();
    private int signaturesVerified;

    public IntegrityCheck(Map<String, PublicKey> keys) {
        this(keys, false);
    }

    /**
     * {@code everySignature}: verify every record's own signature even under a verified checkpoint
     * (the check as it was before, for the benchmark's comparison).
     */
    public IntegrityCheck(Map<String, PublicKey> keys, boolean everySignature) {
        this.keys = Map.copyOf(keys);
        this.everySignature = everySignature;
    }

    /** Whether the server signed {@code record}'s text with the key of {@code keyId}. */
    boolean signed(ArchiveRecord record, String keyId, String signature) {
        signaturesVerified++;
        return EcdsaKeys.verify(keys.get(keyId), record.text(), signature);
    }

    /** How many records' signatures the last {@link #check} verified. */
    public int signaturesVerified() {
        return signaturesVerified;
    }

    public List<Finding> check(
            List<StoredRecord> records,
            List<StoredBytes> bytes,
            List<String> checkpointNotes,
            Map<Long, List<AuditChain.Link>> auditChains) {
        List<CheckpointNote> notes = checkpointNotes.stream().map(IntegrityCheck::note).toList();
        long signedSize = notes.stream().mapToLong(n -> n == null ? 0 : n.size()).max().orElse(0);
        TreeMap<Long, StoredRecord> byIndex = new TreeMap<>();
        records.forEach(r -> byIndex.put(r.record().leafIndex(), r));
        Map<Long, StoredBytes> bytesByDocument = new HashMap<>();
        bytes.forEach(b -> bytesByDocument.put(b.documentId(), b));

        List<Long> empty = gaps(byIndex, leafCount(byIndex, signedSize));
        checkRecords(byIndex, signedSize, everySignature ? 0 : provenSize(notes, byIndex), empty);
        boolean gaps = checkGaps(empty, bytes);
        checkBytes(records, bytesByDocument);
        checkOrphans(records, bytes, byIndex);
        List<byte[]> tree =
                gaps ? null : byIndex.values().stream().map(r -> r.record().leafHash()).toList();
        checkCheckpoints(checkpointNotes, notes, tree);
        CheckpointNote latest = notes.isEmpty() ? null : notes.get(notes.size() - 1);
        checkAuditChains(auditChains, latest);
        return List.copyOf(findings);
    }

    /**
     * The number of leaves the latest checkpoint proves: its size when its signature holds and the
     * records at leaves 0 … size − 1, all present, give its root; else 0 (nothing proven, every
     * record's own signature is checked).
     */
    private long provenSize(List<CheckpointNote> notes, TreeMap<Long, StoredRecord> byIndex) {
        CheckpointNote latest = notes.isEmpty() ? null : notes.get(notes.size() - 1);
        if (latest == null || latest.size() == 0 || latest.size() > Integer.MAX_VALUE) {
            return 0;
        }
        PublicKey key = keys.get(latest.keyId());
        var covered = byIndex.subMap(0L, true, latest.size(), false);
        if (key == null || covered.size() != latest.size() || !latest.verifies(key)) {
            return 0;
        }
        List<byte[]> leaves = covered.values().stream().map(r -> r.record().leafHash()).toList();
        return Arrays.equals(MerkleLog.root(leaves), latest.root()) ? latest.size() : 0;
    }

    /**
     * Signature checks spent at most on looking for where failing records were deposited (about 1
     * ms each): a swapped pair costs 4, a few hundred failing records 10^4; beyond this the check
     * names them without the search rather than run for hours on a flood of forged rows.
     */
    static final int MOVE_SEARCH_LIMIT = 20_000;

    private void checkRecords(
            TreeMap<Long, StoredRecord> byIndex,
            long signedSize,
            long provenSize,
            List<Long> gaps) {
        List<StoredRecord> failing = new ArrayList<>();
        for (StoredRecord r : byIndex.values()) {
            ArchiveRecord record = r.record();
            boolean proven =
                    record.leafIndex() >= 0
                            && record.leafIndex() < provenSize
                            && keys.containsKey(r.keyId());
            if (proven || signed(record, r.keyId(), r.signature())) {
                if (!record.leafHashHex().equals(r.leafHash())) {
                    add(Problem.DAMAGED, record, "stored leaf hash changed: " + r.leafHash());
                }
            } else {
                failing.add(r);
            }
        }
        // a failing record was deposited, if at all, at a leaf that now holds no record or one that
        // fails too: a record whose signature holds at its leaf is that leaf's only deposit
        java.util.TreeSet<Long> places = new java.util.TreeSet<>();
        failing.forEach(r -> places.add(r.record().leafIndex()));
        places.addAll(gaps);
        boolean search = (long) failing.size() * places.size() <= MOVE_SEARCH_LIMIT;
        for (StoredRecord r : failing) {
            ArchiveRecord record = r.record();
            Optional<Long> deposited =
                    search
                            ? places.stream()
                                    .filter(i -> i != record.leafIndex())
                                    .filter(i -> signed(record.at(i), r.keyId(), r.signature()))
                                    .findFirst()
                            : Optional.empty();
            String unsearched =
                    search ? "" : " (" + failing.size() + " records fail: not searched for a move)";
            if (deposited.isPresent()) {
                add(
                        Problem.REORDERED,
                        record,
                        "deposited as leaf "
                                + deposited.get()
                                + ", now at leaf "
                                + record.leafIndex());
            } else if (record.leafIndex() >= signedSize) {
                forged.add(r.documentId());
                add(
                        Problem.ADDED,
                        record,
                        "not signed by the archive's key: no deposit made this record"
                                + unsearched);
            } else {
                add(
                        Problem.DAMAGED,
                        record,
                        "record changed since deposit (signature fails)" + unsearched);
            }
        }
    }

    /**
     * How many leaves the log should have: the records up to the highest index, but no more than
     * the signed tree or the records there are, so one forged row at leaf 10^18 does not make the
     * check walk 10^18 empty places.
     */
    private static long leafCount(TreeMap<Long, StoredRecord> byIndex, long signedSize) {
        long highest = byIndex.isEmpty() ? 0 : byIndex.lastKey() + 1;
        return Math.min(highest, Math.max(signedSize, byIndex.size()));
    }

    /** The leaf indexes below {@code leaves} that hold no record. */
    private static List<Long> gaps(TreeMap<Long, StoredRecord> byIndex, long leaves) {
        List<Long> gaps = new ArrayList<>();
        for (long i = 0; i < leaves; i++) {
            if (!byIndex.containsKey(i)) {
                gaps.add(i);
            }
        }
        return gaps;
    }

    private boolean checkGaps(List<Long> gaps, List<StoredBytes> bytes) {
        if (gaps.isEmpty()) {
            return false;
        }
        Map<Long, ArchiveRecord> namedByIndex = new HashMap<>();
        for (StoredBytes b : bytes) {
            ArchiveRecord r = parse(b.recordText());
            if (r != null) {
                namedByIndex.putIfAbsent(r.leafIndex(), r);
            }
        }
        for (long i : gaps) {
            ArchiveRecord named = namedByIndex.get(i);
            findings.add(
                    new Finding(
                            Problem.MISSING,
                            named == null ? null : named.schoolId(),
                            named == null ? "leaf " + i : named.described(),
                            "record gone from the log"));
        }
        return true;
    }

    private void checkBytes(List<StoredRecord> records, Map<Long, StoredBytes> bytesByDocument) {
        Map<String, ArchiveRecord> bySha = new HashMap<>();
        records.forEach(r -> bySha.put(r.record().sha256(), r.record()));
        for (StoredRecord r : records) {
            StoredBytes b = bytesByDocument.get(r.documentId());
            ArchiveRecord record = r.record();
            if (b == null) {
                if (!r.destroyed() && !forged.contains(r.documentId())) {
                    add(Problem.MISSING, record, "bytes gone without a destruction act");
                }
            } else if (!b.sha256().equals(record.sha256()) || b.size() != record.size()) {
                ArchiveRecord owner = bySha.get(b.sha256());
                if (owner != null && owner != record) {
                    add(Problem.REORDERED, record, "holds the bytes of " + owner.described());
                } else {
                    add(
                            Problem.DAMAGED,
                            record,
                            "bytes changed: sha256 "
                                    + b.sha256()
                                    + " ("
                                    + b.size()
                                    + " bytes), deposited "
                                    + record.sha256());
                }
            }
        }
    }

    private void checkOrphans(
            List<StoredRecord> records,
            List<StoredBytes> bytes,
            TreeMap<Long, StoredRecord> byIndex) {
        Map<Long, StoredRecord> byDocument = new HashMap<>();
        records.forEach(r -> byDocument.put(r.documentId(), r));
        for (StoredBytes b : bytes) {
            ArchiveRecord named = parse(b.recordText());
            if (!byDocument.containsKey(b.documentId())
                    && (named == null || byIndex.containsKey(named.leafIndex()))) {
                findings.add(
                        new Finding(
                                Problem.ADDED,
                                named == null ? null : named.schoolId(),
                                named == null ? "document " + b.documentId() : named.described(),
                                "bytes without a record in the log"));
            }
        }
    }

    private void checkCheckpoints(
            List<String> texts, List<CheckpointNote> notes, List<byte[]> tree) {
        CheckpointNote previous = null;
        for (int c = 0; c < notes.size(); c++) {
            CheckpointNote note = notes.get(c);
            if (note == null) {
                checkpoint(c, "cannot be read: " + firstLine(texts.get(c)));
                continue;
            }
            String name = "checkpoint of " + note.time() + " (" + note.size() + " leaves)";
            if (!note.verifies(keys.get(note.keyId()))) {
                checkpoint(c, name + ": signature of key " + note.keyId() + " fails");
            }
            if (tree != null) {
                if (note.size() > tree.size()) {
                    checkpoint(c, name + ": the log holds only " + tree.size() + " leaves");
                } else if (!Arrays.equals(
                        MerkleLog.root(tree.subList(0, (int) note.size())), note.root())) {
                    checkpoint(c, name + ": the signed root is not the root of the log's leaves");
                }
            }
            if (previous != null) {
                boolean consistent =
                        previous.size() <= note.size()
                                && (tree == null
                                        || note.size() > tree.size()
                                        || MerkleLog.verifyConsistency(
                                                previous.size(),
                                                note.size(),
                                                MerkleLog.consistencyProof(
                                                        tree.subList(0, (int) note.size()),
                                                        (int) previous.size()),
                                                previous.root(),
                                                note.root()));
                if (!consistent) {
                    checkpoint(c, name + ": not consistent with the previous checkpoint");
                }
            }
            previous = note;
        }
    }

    private void checkAuditChains(Map<Long, List<AuditChain.Link>> chains, CheckpointNote latest) {
        for (var chain : chains.entrySet()) {
            AuditChain.firstBroken(chain.getValue())
                    .ifPresent(seq -> audit(chain.getKey(), "audit trail broken at entry " + seq));
        }
        if (latest == null) {
            return;
        }
        for (CheckpointNote.AuditHead head : latest.auditHeads()) {
            List<AuditChain.Link> links = chains.getOrDefault(head.schoolId(), List.of());
            if (links.size() < head.seq()) {
                audit(
                        head.schoolId(),
                        "audit trail cut: the checkpoint of "
                                + latest.time()
                                + " signed "
                                + head.seq()
                                + " entries, "
                                + links.size()
                                + " are left");
            } else if (!links.get((int) head.seq() - 1).hash().equals(head.hash())) {
                audit(head.schoolId(), "audit entry " + head.seq() + " is not the signed head");
            }
        }
    }

    private void add(Problem problem, ArchiveRecord record, String detail) {
        findings.add(new Finding(problem, record.schoolId(), record.described(), detail));
    }

    private void checkpoint(int position, String detail) {
        findings.add(new Finding(Problem.CHECKPOINT, null, "checkpoint " + (position + 1), detail));
    }

    private void audit(long schoolId, String detail) {
        findings.add(
                new Finding(
                        Problem.AUDIT_CHAIN,
                        schoolId,
                        "audit trail of school " + schoolId,
                        detail));
    }

    private static CheckpointNote note(String text) {
        try {
            return CheckpointNote.parse(text);
        } catch (RuntimeException e) {
            return null;
        }
    }

    private static ArchiveRecord parse(String text) {
        try {
            return ArchiveRecord.parse(text);
        } catch (RuntimeException e) {
            return null;
        }
    }

    private static String firstLine(String text) {
        int end = text.indexOf('\n');
        return end < 0 ? text : text.substring(0, end);
    }

    /** Hex of a hash, as the tables keep it. */
    public static String hex(byte[] hash) {
        return HexFormat.of().formatHex(hash);
    }

    /** Base64 of a hash, as the notes and proofs show it. */
    public static String base64(byte[] hash) {
        return Base64.getEncoder().encodeToString(hash);
    }
}
