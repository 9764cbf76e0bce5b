package org.schooljournal.archive.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.schooljournal.journal.control.EcdsaKeys;
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

    @Test
    @DisplayName(
            "R-P04 R-P06 a package's chain of checkpoints verifies with its consistency proofs; a tampered, missing or mismatched proof, a foreign key and a rewritten history are refused")
    void chainOfCheckpoints() throws Exception {
        SigningKey key = new SigningKey(keys);
        TestArchive archive = new TestArchive(key).deposit(3);
        List<CheckpointNote> notes = new ArrayList<>();
        notes.add(archive.checkpoint());
        archive.deposit(4);
        notes.add(archive.checkpoint());
        notes.add(archive.checkpoint()); // same tree, new audit heads: an empty proof
        archive.deposit(6);
        notes.add(archive.checkpoint());
        List<String> texts = notes.stream().map(CheckpointNote::text).toList();
        List<String> proofs = new ArrayList<>();
        for (int i = 1; i < notes.size(); i++) {
            proofs.add(consistency(archive, notes.get(i - 1), notes.get(i)).text());
        }
        String pem = EcdsaKeys.pem(key.publicKey());

        var valid = ArchiveVerifier.verifyChain(texts, proofs, List.of(pem));
        assertThat(valid.valid()).as(valid.lines().toString()).isTrue();
        assertThat(valid.lines())
                .contains("OK   checkpoint 1 is a prefix of checkpoint 2 (consistency proof)")
                .last()
                .isEqualTo("VALID");
        assertThat(ConsistencyFile.parse(proofs.get(0)).text()).isEqualTo(proofs.get(0));

        // one hash of one proof changed
        ConsistencyFile good = ConsistencyFile.parse(proofs.get(2));
        List<byte[]> path = new ArrayList<>(good.path());
        byte[] changed = path.get(0).clone();
        changed[0] ^= 1;
        path.set(0, changed);
        List<String> tampered = new ArrayList<>(proofs);
        tampered.set(2, new ConsistencyFile(good.fromSize(), good.toSize(), path).text());
        var refused = ArchiveVerifier.verifyChain(texts, tampered, List.of(pem));
        assertThat(refused.valid()).isFalse();
        assertThat(refused.lines())
                .contains("FAIL checkpoint 3 is a prefix of checkpoint 4 (consistency proof)")
                .last()
                .isEqualTo("NOT VALID");

        // a proof between other checkpoints put in its place
        List<String> swapped = new ArrayList<>(proofs);
        swapped.set(2, proofs.get(0));
        assertThat(ArchiveVerifier.verifyChain(texts, swapped, List.of(pem)).valid()).isFalse();
        // a proof missing
        assertThat(ArchiveVerifier.verifyChain(texts, proofs.subList(0, 2), List.of(pem)).valid())
                .isFalse();
        // signed by a key the department does not hold
        String foreign = EcdsaKeys.pem(new SigningKey(otherKeys).publicKey());
        assertThat(ArchiveVerifier.verifyChain(texts, proofs, List.of(foreign)).valid()).isFalse();

        // a history rewritten after checkpoint 2: a newer tree that does not extend it
        TestArchive rewritten = new TestArchive(key).deposit(7);
        rewritten.pdfs.set(5, "forged".getBytes(StandardCharsets.UTF_8));
        rewritten.records.set(
                5,
                new IntegrityCheck.StoredRecord(
                        105,
                        new ArchiveRecord(
                                5,
                                2,
                                3,
                                15,
                                "9 «Б»",
                                "CLASS_JOURNAL",
                                1,
                                LocalDate.of(2026, 6, 30),
                                LocalDate.of(2031, 6, 30),
                                6,
                                "00".repeat(32)),
                        "",
                        key.keyId(),
                        "",
                        false));
        rewritten.deposit(6);
        CheckpointNote forged = rewritten.checkpoint();
        var history =
                ArchiveVerifier.verifyChain(
                        List.of(texts.get(1), forged.text()),
                        List.of(consistency(rewritten, notes.get(1), forged).text()),
                        List.of(pem));
        assertThat(history.valid()).as(history.lines().toString()).isFalse();
    }

    @Test
    @DisplayName(
            "R-P04 the verifier checks a package's checkpoints directory as a command: exit 0, and 1 once a consistency proof is tampered with")
    void chainAsCommand() throws Exception {
        SigningKey key = new SigningKey(keys);
        TestArchive archive = new TestArchive(key).deposit(5);
        CheckpointNote first = archive.checkpoint();
        archive.deposit(3);
        CheckpointNote second = archive.checkpoint();
        Path dir = Files.createDirectories(files.resolve("checkpoints"));
        Files.writeString(dir.resolve("checkpoint-1.txt"), first.text());
        Files.writeString(dir.resolve("checkpoint-2.txt"), second.text());
        Path proof =
                Files.writeString(
                        dir.resolve("consistency-1-2.txt"),
                        consistency(archive, first, second).text());
        Path pem =
                Files.writeString(files.resolve("archive-key.pem"), EcdsaKeys.pem(key.publicKey()));

        assertThat(command("--chain", dir.toString(), pem.toString())).isZero();
        String text = Files.readString(proof);
        int at = text.indexOf("path ") + 5;
        char c = text.charAt(at);
        Files.writeString(
                proof, text.substring(0, at) + (c == 'A' ? 'B' : 'A') + text.substring(at + 1));
        assertThat(command("--chain", dir.toString(), pem.toString())).isEqualTo(1);
        Files.delete(proof);
        assertThat(command("--chain", dir.toString(), pem.toString())).isEqualTo(1);
    }

    @Test
    @DisplayName(
            "R-P04 a checkpoints directory with two files of one number, or a number beyond reason, is not valid, with a line saying why")
    void chainOfOddNames() throws Exception {
        SigningKey key = new SigningKey(keys);
        CheckpointNote first = new TestArchive(key).deposit(2).checkpoint();
        String pem = EcdsaKeys.pem(key.publicKey());
        Path twice = Files.createDirectories(files.resolve("twice"));
        Files.writeString(twice.resolve("checkpoint-1.txt"), first.text());
        Files.writeString(twice.resolve("checkpoint-01.txt"), first.text());
        var doubled = ArchiveVerifier.verifyChain(twice, List.of(pem));
        assertThat(doubled.valid()).isFalse();
        assertThat(doubled.lines().get(0)).contains("two files for checkpoint 1");

        Path huge = Files.createDirectories(files.resolve("huge"));
        Files.writeString(huge.resolve("checkpoint-" + "9".repeat(30) + ".txt"), first.text());
        var refused = ArchiveVerifier.verifyChain(huge, List.of(pem));
        assertThat(refused.valid()).isFalse();
        assertThat(refused.lines().get(0)).contains("not understood");
    }

    private static ConsistencyFile consistency(
            TestArchive archive, CheckpointNote older, CheckpointNote newer) {
        List<byte[]> leaves = archive.leaves().subList(0, (int) newer.size());
        return new ConsistencyFile(
                older.size(), newer.size(), MerkleLog.consistencyProof(leaves, (int) older.size()));
    }

    private static int command(String... args) throws Exception {
        List<String> line =
                new ArrayList<>(
                        List.of(
                                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                                "-cp",
                                System.getProperty("java.class.path"),
                                ArchiveVerifier.class.getName()));
        line.addAll(List.of(args));
        Process p = new ProcessBuilder(line).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(out).contains("checkpoint 1");
        return p.exitValue();
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
