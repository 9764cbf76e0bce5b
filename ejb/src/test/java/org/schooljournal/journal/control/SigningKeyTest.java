package org.schooljournal.journal.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SigningKeyTest {
    private static final String PAYLOAD =
            "11|21|s1.teacher2|2026-11-12T11:03:00.123456Z|" + "ab".repeat(32);

    @TempDir Path dir;

    @Test
    @DisplayName(
            "R-J14 the key pair is generated on first use, stored owner-only, and reloaded the same")
    void generatedStoredReloaded() throws Exception {
        SigningKey first = new SigningKey(dir);
        String signature = first.sign(PAYLOAD);
        assertThat(first.keyId()).matches("[0-9a-f]{16}");
        Path priv = dir.resolve(SigningKey.PRIVATE_FILE);
        assertThat(priv).exists();
        assertThat(dir.resolve(SigningKey.PUBLIC_FILE)).exists();
        if (Files.getFileStore(priv).supportsFileAttributeView("posix")) {
            assertThat(Files.getPosixFilePermissions(priv))
                    .isEqualTo(
                            Set.of(
                                    PosixFilePermission.OWNER_READ,
                                    PosixFilePermission.OWNER_WRITE));
        }

        SigningKey reloaded = new SigningKey(dir);
        assertThat(reloaded.keyId()).isEqualTo(first.keyId());
        assertThat(reloaded.publicKey()).isEqualTo(first.publicKey());
        assertThat(reloaded.verify(PAYLOAD, signature, first.keyId())).isTrue();
        assertThat(first.verify(PAYLOAD, reloaded.sign(PAYLOAD), reloaded.keyId())).isTrue();
    }

    @Test
    @DisplayName("R-J14 a tampered payload, signature or key id does not verify")
    void tampered() {
        SigningKey key = new SigningKey(dir);
        String signature = key.sign(PAYLOAD);
        assertThat(key.verify(PAYLOAD, signature, key.keyId())).isTrue();
        assertThat(
                        key.verify(
                                PAYLOAD.replace("s1.teacher2", "s1.teacher1"),
                                signature,
                                key.keyId()))
                .isFalse();
        assertThat(key.verify(PAYLOAD.replace("ab", "ac"), signature, key.keyId())).isFalse();
        assertThat(key.verify(PAYLOAD, signature, "0000000000000000")).isFalse();
        assertThat(key.verify(PAYLOAD, "not base64 at all!", key.keyId())).isFalse();
        byte[] bytes = java.util.Base64.getDecoder().decode(signature);
        bytes[bytes.length - 1] ^= 1;
        assertThat(
                        key.verify(
                                PAYLOAD,
                                java.util.Base64.getEncoder().encodeToString(bytes),
                                key.keyId()))
                .isFalse();
    }

    @Test
    @DisplayName("R-J14 a signature of another server's key does not verify")
    void otherKey(@TempDir Path other) {
        SigningKey ours = new SigningKey(dir);
        SigningKey theirs = new SigningKey(other);
        assertThat(theirs.keyId()).isNotEqualTo(ours.keyId());
        assertThat(ours.verify(PAYLOAD, theirs.sign(PAYLOAD), ours.keyId())).isFalse();
    }
}
