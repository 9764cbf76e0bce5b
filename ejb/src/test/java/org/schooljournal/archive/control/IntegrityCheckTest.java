package org.schooljournal.archive.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.security.PublicKey;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.schooljournal.archive.boundary.IntegrityReport.Finding;
import org.schooljournal.archive.boundary.IntegrityReport.Problem;
import org.schooljournal.audit.control.AuditChain;
import org.schooljournal.journal.control.EcdsaKeys;
import org.schooljournal.journal.control.SigningKey;

class IntegrityCheckTest {
    @TempDir Path keyDir;

    TestArchive archive;
    Map<String, PublicKey> keys;

    @BeforeEach
    void tenDocumentsTwoCheckpoints() {
        SigningKey key = new SigningKey(keyDir);
        archive = new TestArchive(key).deposit(6);
        archive.checkpoint();
        archive.deposit(4);
        archive.checkpoint();
        keys = Map.of(key.keyId(), EcdsaKeys.publicKey(EcdsaKeys.pem(key.publicKey())));
    }

    private List<Finding> check() {
        return check(Map.of(1L, chain(3)));
    }

    private List<Finding> check(Map<Long, List<AuditChain.Link>> chains) {
        return new IntegrityCheck(keys)
                .check(archive.records, archive.bytes, archive.checkpoints, chains);
    }

    /** An intact audit chain of {@code n} entries whose last hash the checkpoints sign as head. */
    private static List<AuditChain.Link> chain(int n) {
        List<AuditChain.Link> links = new ArrayList<>();
        String prev = AuditChain.GENESIS;
        for (int seq = 1; seq <= n; seq++) {
            List<String> fields = List.of("entry " + seq);
            String hash = seq == 3 ? "00".repeat(32) : AuditChain.hash(prev, seq, fields);
            links.add(new AuditChain.Link(seq, fields, prev, hash));
            prev = hash;
        }
        return links;
    }

    @Test
    @DisplayName("R-P04 an untouched archive has no finding")
    void intact() {
        // the test chain's third hash is the checkpoints' head, not a real hash: judge the rest
        List<Finding> findings = check();
        assertThat(findings).extracting(Finding::problem).containsOnly(Problem.AUDIT_CHAIN);
        assertThat(findings).hasSize(1);
        assertThat(check(Map.of()))
                .extracting(Finding::detail)
                .containsExactly(
                        "audit trail cut: the checkpoint of 2026-07-01T00:00:01Z signed 3 entries, 0 are left");
    }

    @Test
    @DisplayName("R-P04 a flipped byte of a stored PDF is named DAMAGED with its record")
    void flippedByte() {
        var b = archive.bytes.get(4);
        archive.bytes.set(
                4,
                new IntegrityCheck.StoredBytes(
                        b.documentId(), b.recordText(), "ff".repeat(32), b.size()));
        assertThat(documentFindings())
                .singleElement()
                .satisfies(
                        f -> {
                            assertThat(f.problem()).isEqualTo(Problem.DAMAGED);
                            assertThat(f.record()).startsWith("leaf 4: school 1, class 9 «А»");
                        });
    }

    @Test
    @DisplayName(
            "R-P04 bytes deleted without an act are MISSING; after a destruction act they are not")
    void missingBytes() {
        archive.bytes.remove(2);
        assertThat(documentFindings())
                .singleElement()
                .satisfies(f -> assertThat(f.problem()).isEqualTo(Problem.MISSING));
        var r = archive.records.get(2);
        archive.records.set(
                2,
                new IntegrityCheck.StoredRecord(
                        r.documentId(), r.record(), r.leafHash(), r.keyId(), r.signature(), true));
        assertThat(documentFindings()).isEmpty();
    }

    @Test
    @DisplayName("R-P04 a deleted record is MISSING, named from the record its bytes repeat")
    void deletedRecord() {
        archive.records.remove(7);
        assertThat(documentFindings())
                .filteredOn(f -> f.problem() == Problem.MISSING)
                .singleElement()
                .satisfies(f -> assertThat(f.record()).startsWith("leaf 7: school 1"));
    }

    @Test
    @DisplayName("R-P04 two records' leaf places swapped are named REORDERED, both of them")
    void swappedRecords() {
        var a = archive.records.get(1);
        var b = archive.records.get(8);
        archive.records.set(1, moved(b, 1));
        archive.records.set(8, moved(a, 8));
        assertThat(documentFindings())
                .filteredOn(f -> f.problem() == Problem.REORDERED)
                .extracting(Finding::detail)
                .containsExactlyInAnyOrder(
                        "deposited as leaf 8, now at leaf 1", "deposited as leaf 1, now at leaf 8");
        assertThat(check()).anyMatch(f -> f.problem() == Problem.CHECKPOINT);
    }

    @Test
    @DisplayName("R-P04 two documents' bytes swapped are named REORDERED")
    void swappedBytes() {
        var a = archive.bytes.get(0);
        var b = archive.bytes.get(3);
        archive.bytes.set(
                0,
                new IntegrityCheck.StoredBytes(
                        a.documentId(), a.recordText(), b.sha256(), b.size()));
        archive.bytes.set(
                3,
                new IntegrityCheck.StoredBytes(
                        b.documentId(), b.recordText(), a.sha256(), a.size()));
        assertThat(documentFindings())
                .extracting(Finding::problem)
                .containsExactly(Problem.REORDERED, Problem.REORDERED);
    }

    @Test
    @DisplayName(
            "R-P04 a forged record appended past the triggers is named ADDED (not signed by the archive)")
    void forgedRecord() {
        forge(10, 1, 500);
        assertThat(documentFindings())
                .singleElement()
                .satisfies(
                        f -> {
                            assertThat(f.problem()).isEqualTo(Problem.ADDED);
                            assertThat(f.record()).contains("11 «Б»");
                        });
    }

    @Test
    @DisplayName(
            "R-P04 a forged record far beyond the log (leaf 10^15) and a flood of forged records are named ADDED without walking the empty places or searching every leaf for each")
    void forgedFarAndMany() {
        for (int n = 0; n < 200; n++) {
            forge(n == 0 ? 1_000_000_000_000_000L : 10 + n, 1 + n, 500 + n);
        }
        IntegrityCheck judge = new IntegrityCheck(keys);
        List<Finding> findings =
                judge.check(archive.records, archive.bytes, archive.checkpoints, chains());
        assertThat(findings).filteredOn(f -> f.problem() == Problem.ADDED).hasSize(200);
        assertThat(findings)
                .filteredOn(f -> f.problem() == Problem.ADDED)
                .allMatch(f -> f.detail().contains("not searched for a move"));
        assertThat(judge.signaturesVerified())
                .as("each forged record's own signature, no search over 200 × 200 places")
                .isLessThanOrEqualTo(200 + IntegrityCheck.MOVE_SEARCH_LIMIT / 10);
    }

    @Test
    @DisplayName(
            "R-P04 a record rewritten inside the signed tree is DAMAGED and its checkpoints fail")
    void rewrittenRecord() {
        var r = archive.records.get(2);
        ArchiveRecord changed =
                new ArchiveRecord(
                        2,
                        1,
                        3,
                        r.record().classId(),
                        "5 «Я»",
                        r.record().kind(),
                        1,
                        r.record().closedOn(),
                        r.record().destroyAfter(),
                        r.record().size(),
                        r.record().sha256());
        archive.records.set(
                2,
                new IntegrityCheck.StoredRecord(
                        r.documentId(),
                        changed,
                        changed.leafHashHex(),
                        r.keyId(),
                        r.signature(),
                        false));
        List<Finding> findings = check();
        assertThat(findings).filteredOn(f -> f.problem() == Problem.DAMAGED).hasSize(1);
        assertThat(findings)
                .filteredOn(f -> f.problem() == Problem.CHECKPOINT)
                .extracting(Finding::detail)
                .containsExactly(
                        "checkpoint of 2026-07-01T00:00:00Z (6 leaves): the signed root is not the root of the log's leaves",
                        "checkpoint of 2026-07-01T00:00:01Z (10 leaves): the signed root is not the root of the log's leaves",
                        "checkpoint of 2026-07-01T00:00:01Z (10 leaves): not consistent with the previous checkpoint");
    }

    @Test
    @DisplayName(
            "R-P04 records under the latest verified checkpoint are proven by its root: only those beyond it have their own signatures verified, and a broken tree brings every signature back")
    void provenByTheLatestCheckpoint() {
        archive.deposit(3); // leaves 10-12, beyond the latest checkpoint (10 leaves)
        IntegrityCheck judge = new IntegrityCheck(keys);
        assertThat(judge.check(archive.records, archive.bytes, archive.checkpoints, chains()))
                .extracting(Finding::problem)
                .containsOnly(Problem.AUDIT_CHAIN);
        assertThat(judge.signaturesVerified()).isEqualTo(3);

        IntegrityCheck every = new IntegrityCheck(keys, true);
        every.check(archive.records, archive.bytes, archive.checkpoints, chains());
        assertThat(every.signaturesVerified()).as("the check as it was").isEqualTo(13);

        // a forged record beyond the checkpoint is still caught by its signature
        var last = archive.records.get(12);
        archive.records.set(
                12,
                new IntegrityCheck.StoredRecord(
                        last.documentId(),
                        last.record(),
                        last.leafHash(),
                        last.keyId(),
                        archive.records.get(11).signature(),
                        false));
        assertThat(
                        new IntegrityCheck(keys)
                                .check(
                                        archive.records,
                                        archive.bytes,
                                        archive.checkpoints,
                                        chains()))
                .filteredOn(f -> f.problem() == Problem.ADDED)
                .hasSize(1);

        // two records swapped under the checkpoint: its root fails, every record is verified
        var a = archive.records.get(1);
        var b = archive.records.get(8);
        archive.records.set(1, moved(b, 1));
        archive.records.set(8, moved(a, 8));
        IntegrityCheck broken = new IntegrityCheck(keys);
        assertThat(broken.check(archive.records, archive.bytes, archive.checkpoints, chains()))
                .filteredOn(f -> f.problem() == Problem.REORDERED)
                .hasSize(2);
        assertThat(broken.signaturesVerified()).isGreaterThanOrEqualTo(13);
    }

    @Test
    @DisplayName(
            "R-P04 a record under the verified checkpoint whose key id was changed to one no key is known by is named DAMAGED")
    void unknownKeyIdUnderTheCheckpoint() {
        var first = archive.records.get(2);
        archive.records.set(
                2,
                new IntegrityCheck.StoredRecord(
                        first.documentId(),
                        first.record(),
                        first.leafHash(),
                        "no-such-key",
                        first.signature(),
                        false));
        assertThat(documentFindings())
                .singleElement()
                .satisfies(
                        f -> {
                            assertThat(f.problem()).isEqualTo(Problem.DAMAGED);
                            assertThat(f.record()).startsWith("leaf 2: ");
                        });
    }

    /**
     * Appends a record of class 11 «Б» at {@code leaf} made past the triggers: the real last
     * document's dates, size and hash, a signature that is no signature.
     */
    private void forge(long leaf, int version, long documentId) {
        var real = archive.records.get(9).record();
        ArchiveRecord forged =
                new ArchiveRecord(
                        leaf,
                        1,
                        3,
                        99,
                        "11 «Б»",
                        "SUMMARY_SHEET",
                        version,
                        real.closedOn(),
                        real.destroyAfter(),
                        real.size(),
                        real.sha256());
        archive.records.add(
                new IntegrityCheck.StoredRecord(
                        documentId,
                        forged,
                        forged.leafHashHex(),
                        archive.key.keyId(),
                        "MEUCIQ==",
                        false));
    }

    private static Map<Long, List<AuditChain.Link>> chains() {
        return Map.of(1L, chain(3));
    }

    @Test
    @DisplayName("R-P04 a checkpoint whose note was edited fails its signature")
    void editedCheckpoint() {
        archive.checkpoints.set(0, archive.checkpoints.get(0).replaceFirst("\n6\n", "\n5\n"));
        assertThat(check())
                .filteredOn(f -> f.problem() == Problem.CHECKPOINT)
                .extracting(Finding::detail)
                .anyMatch(d -> d.contains("signature of key"));
    }

    private List<Finding> documentFindings() {
        return check().stream()
                .filter(
                        f ->
                                f.problem() != Problem.AUDIT_CHAIN
                                        && f.problem() != Problem.CHECKPOINT)
                .toList();
    }

    private static IntegrityCheck.StoredRecord moved(IntegrityCheck.StoredRecord r, long index) {
        ArchiveRecord at = r.record().at(index);
        return new IntegrityCheck.StoredRecord(
                r.documentId(), at, at.leafHashHex(), r.keyId(), r.signature(), false);
    }
}
