package org.schooljournal.archive.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.schooljournal.journal.control.SigningKey;

class ArchiveVerifierTest {
    @TempDir Path keys;

    @TempDir Path otherKeys;

    @TempDir Path files;

    @Test
    @DisplayName("R-P04 the proof file is read back exactly as written")
    void proofRoundTrip() {
        TestArchive archive = new TestArchive(new SigningKey(keys)).deposit(11);
        ArchiveProof proof = archive.proof(6, archive.checkpoint());

        ArchiveProof read = ArchiveProof.parse(proof.text());
        assertThat(read.text()).isEqualTo(proof.text());
        assertThat(read.leafIncluded()).isTrue();
        assertThat(read.record()).isEqualTo(archive.records.get(6).record());
    }

    @Test
    @DisplayName(
            "R-P04 the offline verifier accepts a document with its proof and key, and refuses a flipped byte, another document's proof and a foreign key")
    void verifies() throws Exception {
        SigningKey key = new SigningKey(keys);
        TestArchive archive = new TestArchive(key).deposit(11);
        CheckpointNote note = archive.checkpoint();
        String proof = archive.proof(6, note).text();
        String pem = EcdsaKeys.pem(key.publicKey());
        byte[] pdf = archive.pdfs.get(6);

        var valid = ArchiveVerifier.verify(new ByteArrayInputStream(pdf), proof, List.of(pem));
        assertThat(valid.valid()).as(valid.lines().toString()).isTrue();
        assertThat(valid.lines()).last().isEqualTo("VALID");

        byte[] flipped = pdf.clone();
        flipped[3] ^= 1;
        var damaged =
                ArchiveVerifier.verify(new ByteArrayInputStream(flipped), proof, List.of(pem));
        assertThat(damaged.valid()).isFalse();
        assertThat(damaged.lines().get(1)).startsWith("FAIL sha256");

        var otherDocument =
                ArchiveVerifier.verify(
                        new ByteArrayInputStream(archive.pdfs.get(5)), proof, List.of(pem));
        assertThat(otherDocument.valid()).isFalse();

        String foreign = EcdsaKeys.pem(new SigningKey(otherKeys).publicKey());
        var unsigned =
                ArchiveVerifier.verify(new ByteArrayInputStream(pdf), proof, List.of(foreign));
        assertThat(unsigned.valid()).isFalse();
        assertThat(unsigned.lines().get(3)).startsWith("FAIL checkpoint");

        // a record relabelled in the proof file (another class) no longer leads to the root
        String relabelled = proof.replace("class-name 11 «А»", "class-name 12 «А»");
        assertThat(relabelled).isNotEqualTo(proof);
        assertThat(
                        ArchiveVerifier.verify(
                                        new ByteArrayInputStream(pdf), relabelled, List.of(pem))
                                .valid())
                .isFalse();
    }

    @Test
    @DisplayName(
            "R-P04 the verifier runs as a command: exit 0 for a valid document, 1 for a damaged one")
    void runsAsCommand() throws Exception {
        SigningKey key = new SigningKey(keys);
        TestArchive archive = new TestArchive(key).deposit(5);
        String proof = archive.proof(4, archive.checkpoint()).text();
        Path pdf = Files.write(files.resolve("document.pdf"), archive.pdfs.get(4));
        Path proofFile = Files.writeString(files.resolve("document.proof"), proof);
        Path pem =
                Files.writeString(files.resolve("archive-key.pem"), EcdsaKeys.pem(key.publicKey()));

        assertThat(run(pdf, proofFile, pem)).isZero();
        byte[] bytes = Files.readAllBytes(pdf);
        bytes[bytes.length - 1] ^= 1;
        Files.write(pdf, bytes);
        assertThat(run(pdf, proofFile, pem)).isEqualTo(1);
    }

    private static int run(Path pdf, Path proof, Path pem) throws Exception {
        Process p =
                new ProcessBuilder(
                                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                                "-cp",
                                System.getProperty("java.class.path"),
                                ArchiveVerifier.class.getName(),
                                pdf.toString(),
                                proof.toString(),
                                pem.toString())
                        .redirectErrorStream(true)
                        .start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(out).contains("leaf");
        return p.exitValue();
    }
}
