package org.schooljournal.archive.control;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import org.schooljournal.journal.control.SigningKey;

/** An archive in memory, deposited and signed as the boundary does it, for the control tests. */
final class TestArchive {
    final SigningKey key;
    final List<byte[]> pdfs = new ArrayList<>();
    final List<IntegrityCheck.StoredRecord> records = new ArrayList<>();
    final List<IntegrityCheck.StoredBytes> bytes = new ArrayList<>();
    final List<String> checkpoints = new ArrayList<>();

    TestArchive(SigningKey key) {
        this.key = key;
    }

    /** Deposits {@code n} documents: classes 10, 11, … of school 1, year 3, alternating kinds. */
    TestArchive deposit(int n) {
        for (int i = 0; i < n; i++) {
            int index = records.size();
            byte[] pdf = ("%PDF-1.7 class journal " + index).getBytes(StandardCharsets.UTF_8);
            String sha = HexFormat.of().formatHex(MerkleLog.sha256().digest(pdf));
            ArchiveRecord r =
                    new ArchiveRecord(
                            index,
                            1,
                            3,
                            10 + index,
                            (5 + index % 7) + " «А»",
                            index % 2 == 0 ? "SUMMARY_SHEET" : "CLASS_JOURNAL",
                            1,
                            LocalDate.of(2026, 6, 30),
                            LocalDate.of(2031, 6, 30),
                            pdf.length,
                            sha);
            pdfs.add(pdf);
            records.add(
                    new IntegrityCheck.StoredRecord(
                            100 + index,
                            r,
                            r.leafHashHex(),
                            key.keyId(),
                            key.sign(r.text()),
                            false));
            bytes.add(new IntegrityCheck.StoredBytes(100 + index, r.text(), sha, pdf.length));
        }
        return this;
    }

    List<byte[]> leaves() {
        return records.stream().map(r -> r.record().leafHash()).toList();
    }

    CheckpointNote checkpoint() {
        CheckpointNote note =
                CheckpointNote.signed(
                        records.size(),
                        MerkleLog.root(leaves()),
                        Instant.parse("2026-07-01T00:00:00Z").plusSeconds(checkpoints.size()),
                        List.of(new CheckpointNote.AuditHead(1, 3, "00".repeat(32))),
                        key.keyId(),
                        key::sign);
        checkpoints.add(note.text());
        return note;
    }

    ArchiveProof proof(int index, CheckpointNote note) {
        List<byte[]> leaves = leaves().subList(0, (int) note.size());
        return new ArchiveProof(
                index, MerkleLog.inclusionProof(leaves, index), records.get(index).record(), note);
    }
}
