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
 * checks the authority's certificate chain). Prints what it checked; exit status 0 when all holds,
 * 1 when anything does not, 2 on wrong arguments.
 */
public final class ArchiveVerifier {
    /** The outcome: whether everything holds, and one line per check. */
    public record Result(boolean valid, List<String> lines) {}

    private ArchiveVerifier() {}

    public static void main(String[] args) throws IOException {
        if (args.length < 3) {
            System.err.println(
                    "usage: ArchiveVerifier document.pdf document.proof key.pem [key.pem …]");
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
