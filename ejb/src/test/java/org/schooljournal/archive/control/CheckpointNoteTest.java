package org.schooljournal.archive.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.security.PublicKey;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.schooljournal.journal.control.SigningKey;

class CheckpointNoteTest {
    @TempDir Path oldDir;

    @TempDir Path newDir;

    private static CheckpointNote signedBy(SigningKey key, long size, String data) {
        return CheckpointNote.signed(
                size,
                MerkleLog.leafHash(data.getBytes()),
                Instant.parse("2026-06-30T21:00:00Z"),
                List.of(
                        new CheckpointNote.AuditHead(1, 812, "ab".repeat(32)),
                        new CheckpointNote.AuditHead(2, 17, "cd".repeat(32))),
                key.keyId(),
                key::sign);
    }

    private static PublicKey pub(SigningKey key) {
        return EcdsaKeys.publicKey(EcdsaKeys.pem(key.publicKey()));
    }

    @Test
    @DisplayName("R-P04 a checkpoint note is signed, exported as text, read back and verified")
    void signedNoteRoundTrip() {
        SigningKey key = new SigningKey(oldDir);
        CheckpointNote note = signedBy(key, 42, "root");

        String text = note.text();
        assertThat(text)
                .startsWith("school-journal archive\n42\n")
                .contains("\ntime 2026-06-30T21:00:00Z\naudit 1 812 ")
                .contains("\n\n\u2014 " + key.keyId() + " ");
        CheckpointNote read = CheckpointNote.parse(text);
        assertThat(read.text()).isEqualTo(text);
        assertThat(read.verifies(pub(key))).isTrue();
        assertThat(read.headOf(2).seq()).isEqualTo(17);
        assertThat(KeyIds.of(key.publicKey())).isEqualTo(key.keyId());
    }

    @Test
    @DisplayName("R-P04 a changed size, root or audit head breaks the checkpoint's signature")
    void tamperedNoteFails() {
        SigningKey key = new SigningKey(oldDir);
        String text = signedBy(key, 42, "root").text();

        for (String forged :
                List.of(
                        text.replaceFirst("\n42\n", "\n41\n"),
                        text.replace("audit 2 17 ", "audit 2 16 "),
                        text.replaceFirst("\n[A-Za-z0-9+/]{4}", "\nAAAA"))) {
            assertThat(forged).isNotEqualTo(text);
            assertThat(CheckpointNote.parse(forged).verifies(pub(key))).as(forged).isFalse();
        }
        assertThatThrownBy(() -> CheckpointNote.parse(text.replace("\n\n", "\n")))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    @DisplayName(
            "R-P04 after a key change an old checkpoint verifies with the old public key, not with the new")
    void keyChange() {
        SigningKey old = new SigningKey(oldDir);
        CheckpointNote before = signedBy(old, 10, "before");
        SigningKey replacement = new SigningKey(newDir);
        CheckpointNote after = signedBy(replacement, 20, "after");

        assertThat(before.keyId()).isNotEqualTo(after.keyId());
        assertThat(before.verifies(pub(old))).isTrue();
        assertThat(before.verifies(pub(replacement))).isFalse();
        assertThat(after.verifies(pub(replacement))).isTrue();
        // the server's own check only knows today's key: the kept public key is what verifies
        assertThat(replacement.verify(before.body(), before.signature(), before.keyId())).isFalse();
    }
}
