package org.schooljournal.archive.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.bouncycastle.tsp.TimeStampRequest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.schooljournal.archive.boundary.IntegrityReport;
import org.schooljournal.journal.control.EcdsaKeys;
import org.schooljournal.journal.control.SigningKey;
import org.schooljournal.testing.LocalTsa;

class TimestampsTest {
    static final byte[] NOTE =
            "school-journal archive\n2\nroot\ntime 2026-06-30T10:00:00Z\n\n— key sig\n"
                    .getBytes(StandardCharsets.UTF_8);

    static LocalTsa authority;

    @BeforeAll
    static void authority() throws Exception {
        authority = new LocalTsa();
    }

    @AfterAll
    static void stop() {
        authority.close();
    }

    static byte[] token(byte[] data) throws Exception {
        TimeStampRequest request = Timestamps.request(data, BigInteger.valueOf(42));
        return Timestamps.token(request, authority.reply(request.getEncoded()));
    }

    @Test
    @DisplayName(
            "R-P04 a checkpoint's RFC 3161 token from a time-stamping authority verifies against"
                    + " the checkpoint note: the authority, its time, its serial")
    void tokenVerifies() throws Exception {
        Instant before = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        Timestamps.Verified verified = Timestamps.verify(token(NOTE), NOTE);
        assertThat(verified.authority()).isEqualTo(LocalTsa.NAME);
        assertThat(verified.time()).isBetween(before, Instant.now().plusSeconds(1));
        assertThat(verified.serial()).isPositive();
    }

    @Test
    @DisplayName(
            "R-P04 a token is refused for other bytes, with a flipped byte, and from a reply to"
                    + " another request")
    void forgeriesRefused() throws Exception {
        byte[] token = token(NOTE);
        byte[] other = NOTE.clone();
        other[5] ^= 1;
        assertThatThrownBy(() -> Timestamps.verify(token, other))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("other bytes");
        byte[] flipped = token.clone();
        flipped[flipped.length - 10] ^= 1;
        assertThatThrownBy(() -> Timestamps.verify(flipped, NOTE))
                .isInstanceOf(IllegalArgumentException.class);

        TimeStampRequest asked = Timestamps.request(NOTE, BigInteger.ONE);
        TimeStampRequest another = Timestamps.request(other, BigInteger.TWO);
        byte[] replyToAnother = authority.reply(another.getEncoded());
        assertThatThrownBy(() -> Timestamps.token(asked, replyToAnother))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Timestamps.token(asked, "<html>".getBytes()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("not a time-stamp reply");
    }

    @Test
    @DisplayName(
            "R-P04 the offline verifier checks a checkpoint's time-stamp token with the document:"
                    + " the checkpoint's own token passes, another checkpoint's fails")
    void verifierChecksTheToken(@TempDir Path keys) throws Exception {
        SigningKey key = new SigningKey(keys);
        TestArchive archive = new TestArchive(key).deposit(5);
        CheckpointNote note = archive.checkpoint();
        String proof = archive.proof(3, note).text();
        String pem = EcdsaKeys.pem(key.publicKey());
        byte[] own = token(note.text().getBytes(StandardCharsets.UTF_8));

        var valid =
                ArchiveVerifier.verify(
                        new ByteArrayInputStream(archive.pdfs.get(3)), proof, List.of(pem), own);
        assertThat(valid.valid()).as(valid.lines().toString()).isTrue();
        assertThat(valid.lines()).anyMatch(l -> l.startsWith("OK   checkpoint time-stamped"));

        var foreign =
                ArchiveVerifier.verify(
                        new ByteArrayInputStream(archive.pdfs.get(3)),
                        proof,
                        List.of(pem),
                        token(NOTE));
        assertThat(foreign.valid()).isFalse();
        assertThat(foreign.lines()).anyMatch(l -> l.startsWith("FAIL checkpoint time-stamp"));
    }

    @Test
    @DisplayName(
            "R-P04 the integrity check names a checkpoint whose stored token does not stamp its"
                    + " note, and a token whose checkpoint is gone; a good token is no finding")
    void checkNamesBadTokens() throws Exception {
        String note = new String(NOTE, StandardCharsets.UTF_8);
        var first = new ArchiveTables.CheckpointRow(7, 2, "00", Instant.EPOCH, "key", note);
        var second = new ArchiveTables.CheckpointRow(9, 3, "01", Instant.EPOCH, "key", note + "x");
        List<TimestampTable.Row> tokens =
                List.of(
                        new TimestampTable.Row(7, "http://tsa", token(NOTE), Instant.EPOCH),
                        new TimestampTable.Row(9, "http://tsa", token(NOTE), Instant.EPOCH),
                        new TimestampTable.Row(11, "http://tsa", token(NOTE), Instant.EPOCH));
        List<IntegrityReport.Finding> findings =
                ArchiveLedger.timestampFindings(List.of(first, second), tokens);
        assertThat(findings)
                .extracting(IntegrityReport.Finding::record, IntegrityReport.Finding::detail)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(
                                "checkpoint 2",
                                "time-stamp token fails: the token stamps other bytes"),
                        org.assertj.core.groups.Tuple.tuple(
                                "time-stamp of checkpoint id 11",
                                "time-stamp token of a checkpoint that is gone"));
        assertThat(findings)
                .allSatisfy(
                        f -> assertThat(f.problem()).isEqualTo(IntegrityReport.Problem.CHECKPOINT));
    }
}
