package org.schooljournal.archive.control;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.PublicKey;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.schooljournal.journal.control.EcdsaKeys;

/**
 * R-P04: checks a downloaded archive document without the server — its PDF, its proof file and the
 * archive's public key(s) as PEM files, nothing else (JDK only):
 *
 * <pre>
 * java -cp journal-ejb.jar org.schooljournal.archive.control.ArchiveVerifier \
 *      document.pdf document.proof archive-key.pem [older-key.pem …] [--timestamp checkpoint.tst]
 * </pre>
 *
 * It checks that the PDF's SHA-256 and size are those of the record, that the record's leaf is in
 * the checkpoint's tree (the inclusion path leads to the signed root) and that the checkpoint is
 * signed by one of the given keys; with {@code --timestamp}, that the RFC 3161 token stamps the
 * proof's checkpoint note (this one check needs the BouncyCastle jars {@code bcpkix}, {@code
 * bcutil}, {@code bcprov} on the class path too; {@code openssl ts -verify} does the same and also
 * checks the authority's certificate chain).
 *
 * <p>The chain of checkpoints of a hand-over package (its {@code data/checkpoints} directory: the
 * notes {@code checkpoint-1.txt} … {@code checkpoint-N.txt}, oldest first, and between each
 * consecutive pair {@code consistency-I-J.txt}, see {@link ConsistencyFile}):
 *
 * <pre>
 * java -cp journal-ejb.jar org.schooljournal.archive.control.ArchiveVerifier \
 *      --chain data/checkpoints archive-key.pem [older-key.pem …]
 * </pre>
 *
 * checks every note's signature and that each tree is a prefix of the next (nothing in the log was
 * changed or dropped between two checkpoints). Prints what it checked; exit status 0 when all
 * holds, 1 when anything does not, 2 on wrong arguments.
 */
public final class ArchiveVerifier {
    /** The outcome: whether everything holds, and one line per check. */
    public record Result(boolean valid, List<String> lines) {}

    private ArchiveVerifier() {}

    public static void main(String[] args) throws IOException {
        if (args.length >= 3 && args[0].equals("--chain")) {
            List<String> keys = new ArrayList<>();
            for (int i = 2; i < args.length; i++) {
                keys.add(Files.readString(Path.of(args[i]), StandardCharsets.US_ASCII));
            }
            Result result = verifyChain(Path.of(args[1]), keys);
            result.lines().forEach(System.out::println);
            System.exit(result.valid() ? 0 : 1);
        }
        if (args.length < 3) {
            System.err.println(
                    "usage: ArchiveVerifier document.pdf document.proof key.pem [key.pem …]\n"
                            + "       ArchiveVerifier --chain checkpoints-dir key.pem [key.pem …]");
            System.exit(2);
        }
        List<String> keys = new ArrayList<>();
        byte[] token = null;
        for (int i = 2; i < args.length; i++) {
            if (args[i].equals("--timestamp") && i + 1 < args.length) {
                token = Files.readAllBytes(Path.of(args[++i]));
            } else {
                keys.add(Files.readString(Path.of(args[i]), StandardCharsets.US_ASCII));
            }
        }
        Result result;
        try (InputStream pdf = Files.newInputStream(Path.of(args[0]))) {
            result =
                    verify(
                            pdf,
                            Files.readString(Path.of(args[1]), StandardCharsets.UTF_8),
                            keys,
                            token);
        }
        result.lines().forEach(System.out::println);
        System.exit(result.valid() ? 0 : 1);
    }

    /** Checks {@code pdf} against {@code proofText}, trusting the keys in {@code pemKeys}. */
    public static Result verify(InputStream pdf, String proofText, List<String> pemKeys)
            throws IOException {
        return verify(pdf, proofText, pemKeys, null);
    }

    /** As above, and the checkpoint's RFC 3161 {@code token} (DER) when not null. */
    public static Result verify(
            InputStream pdf, String proofText, List<String> pemKeys, byte[] token)
            throws IOException {
        List<String> lines = new ArrayList<>();
        ArchiveProof proof;
        try {
            proof = ArchiveProof.parse(proofText);
        } catch (RuntimeException e) {
            return new Result(
                    false, List.of("FAIL the proof file cannot be read: " + e.getMessage()));
        }
        ArchiveRecord r = proof.record();
        lines.add("document  " + r.described());
        MessageDigest sha = MerkleLog.sha256();
        byte[] buffer = new byte[1 << 16];
        long size = 0;
        for (int n; (n = pdf.read(buffer)) > 0; ) {
            sha.update(buffer, 0, n);
            size += n;
        }
        String actual = HexFormat.of().formatHex(sha.digest());
        boolean bytes = actual.equals(r.sha256()) && size == r.size();
        lines.add((bytes ? "OK   " : "FAIL ") + "sha256 " + actual + ", " + size + " bytes");
        boolean included = proof.leafIncluded();
        lines.add(
                (included ? "OK   " : "FAIL ")
                        + "leaf "
                        + proof.index()
                        + " in the tree of "
                        + proof.note().size()
                        + " documents");
        boolean signed = false;
        for (String pem : pemKeys) {
            PublicKey key = EcdsaKeys.publicKey(pem);
            if (KeyIds.of(key.getEncoded()).equals(proof.note().keyId())
                    && proof.note().verifies(key)) {
                signed = true;
            }
        }
        lines.add(
                (signed ? "OK   " : "FAIL ")
                        + "checkpoint of "
                        + proof.note().time()
                        + " signed by key "
                        + proof.note().keyId());
        boolean stamped = true;
        if (token != null) {
            String line = timestamp(token, proof.note());
            stamped = line.startsWith("OK");
            lines.add(line);
        }
        boolean valid = bytes && included && signed && stamped;
        lines.add(valid ? "VALID" : "NOT VALID");
        return new Result(valid, lines);
    }

    /**
     * The chain of checkpoints in {@code dir} as a hand-over package lays it out: {@code
     * checkpoint-N.txt} ordered by N, {@code consistency-I-J.txt} between consecutive ones.
     */
    public static Result verifyChain(Path dir, List<String> pemKeys) throws IOException {
        TreeMap<Long, Path> notes = new TreeMap<>();
        try (var files = Files.list(dir)) {
            for (Path f : files.toList()) {
                var m = CHECKPOINT_FILE.matcher(f.getFileName().toString());
                if (!m.matches()) {
                    continue;
                }
                // a number beyond a long, or two names of one number (checkpoint-01, -1): said,
                // not a stack trace, and neither file silently chosen over the other
                String name = f.getFileName().toString();
                Long number =
                        m.group(1).length() > 18 ? null : Long.valueOf(Long.parseLong(m.group(1)));
                Path other = number == null ? null : notes.put(number, f);
                if (number == null || other != null) {
                    return new Result(
                            false,
                            List.of(
                                    number == null
                                            ? "FAILED checkpoint file name not understood: " + name
                                            : "FAILED two files for checkpoint "
                                                    + number
                                                    + ": "
                                                    + other.getFileName()
                                                    + ", "
                                                    + name,
                                    "NOT VALID"));
                }
            }
        }
        List<String> texts = new ArrayList<>();
        List<String> proofs = new ArrayList<>();
        Long previous = null;
        for (var note : notes.entrySet()) {
            texts.add(Files.readString(note.getValue(), StandardCharsets.UTF_8));
            if (previous != null) {
                Path proof = dir.resolve("consistency-" + previous + "-" + note.getKey() + ".txt");
                // a missing proof is refused by verifyChain, not by a file error here
                proofs.add(
                        Files.exists(proof) ? Files.readString(proof, StandardCharsets.UTF_8) : "");
            }
            previous = note.getKey();
        }
        return verifyChain(texts, proofs, pemKeys);
    }

    /**
     * Checkpoint notes, oldest first, and the consistency proof between each consecutive pair
     * ({@code proofs.get(i)} between notes i and i + 1): every note is signed by one of the keys
     * and each tree is a prefix of the next.
     */
    public static Result verifyChain(
            List<String> noteTexts, List<String> proofs, List<String> pemKeys) {
        List<String> lines = new ArrayList<>();
        if (noteTexts.isEmpty()) {
            return new Result(false, List.of("FAIL no checkpoint", "NOT VALID"));
        }
        List<PublicKey> keys = pemKeys.stream().map(EcdsaKeys::publicKey).toList();
        boolean valid = proofs.size() == noteTexts.size() - 1;
        CheckpointNote before = null;
        for (int i = 0; i < noteTexts.size(); i++) {
            CheckpointNote note;
            try {
                note = CheckpointNote.parse(noteTexts.get(i));
            } catch (RuntimeException e) {
                lines.add("FAIL checkpoint " + (i + 1) + " cannot be read: " + e.getMessage());
                valid = false;
                before = null;
                continue;
            }
            boolean signed =
                    keys.stream()
                            .anyMatch(
                                    k ->
                                            KeyIds.of(k.getEncoded()).equals(note.keyId())
                                                    && note.verifies(k));
            valid &= signed;
            lines.add(
                    (signed ? "OK   " : "FAIL ")
                            + "checkpoint "
                            + (i + 1)
                            + " of "
                            + note.time()
                            + ", "
                            + note.size()
                            + " documents, signed by key "
                            + note.keyId());
            if (i > 0) {
                boolean consistent = false;
                String why = "";
                try {
                    consistent =
                            before != null
                                    && i - 1 < proofs.size()
                                    && ConsistencyFile.parse(proofs.get(i - 1))
                                            .proves(before, note);
                } catch (RuntimeException e) {
                    why = ": " + e.getMessage();
                }
                valid &= consistent;
                lines.add(
                        (consistent ? "OK   " : "FAIL ")
                                + "checkpoint "
                                + i
                                + " is a prefix of checkpoint "
                                + (i + 1)
                                + " (consistency proof)"
                                + why);
            }
            before = note;
        }
        lines.add(valid ? "VALID" : "NOT VALID");
        return new Result(valid, lines);
    }

    private static final Pattern CHECKPOINT_FILE = Pattern.compile("checkpoint-(\\d+)\\.txt");

    /** The time-stamp's line; apart, so that BouncyCastle is loaded only when a token is given. */
    private static String timestamp(byte[] token, CheckpointNote note) {
        try {
            Timestamps.Verified t =
                    Timestamps.verify(token, note.text().getBytes(StandardCharsets.UTF_8));
            return "OK   checkpoint time-stamped " + t.time() + " by " + t.authority();
        } catch (IllegalArgumentException fails) {
            return "FAIL checkpoint time-stamp: " + fails.getMessage();
        }
    }
}
