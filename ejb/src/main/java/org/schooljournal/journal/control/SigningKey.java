package org.schooljournal.journal.control;

import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.Signature;
import java.security.spec.ECGenParameterSpec;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;

/**
 * R-J14: the server's key that signs journals (ECDSA on P-256, {@code SHA256withECDSA}, JDK only).
 *
 * <p>Why the server signs, not the teacher: the teacher signs by an authenticated act — logged in
 * with her own account, she asks to sign a period's journal — and the server attests that act with
 * its key: who, when, and the digest of exactly what the journal held. A later change to the
 * journal no longer matches the digest, and a changed signature record no longer matches the
 * signature. A qualified electronic signature (ЭП) made with the teacher's personal certificate and
 * token is out of scope; it would replace this class, not the digest or the records.
 *
 * <p>The key pair lives in the directory named by the system property or environment variable
 * {@value #DIR_PROPERTY} (also {@code JOURNAL_SIGNING_DIR}), by default {@code
 * ~/.school-journal/signing}: {@value #PRIVATE_FILE} (PKCS#8) and {@value #PUBLIC_FILE} (X.509),
 * generated on first use and readable by the owner only where the file system allows. Keep the
 * directory in the backups: signatures made with a lost key can no longer be checked. The key id is
 * the first 16 hex digits of the SHA-256 of the public key.
 */
@ApplicationScoped
public class SigningKey {
    public static final String DIR_PROPERTY = "journal.signing.dir";
    public static final String ALGORITHM = "SHA256withECDSA";
    static final String PRIVATE_FILE = "journal-signing.pk8";
    static final String PUBLIC_FILE = "journal-signing.x509";

    private final Path configured;
    private KeyPair pair;
    private String keyId;

    /** The key of the configured directory, loaded on first use. */
    public SigningKey() {
        this(null);
    }

    /** The key kept in {@code dir} (null: the configured directory). */
    public SigningKey(Path dir) {
        this.configured = dir;
    }

    /** The configured directory: system property, environment, or the user's home. */
    public static Path configuredDirectory() {
        String dir = System.getProperty(DIR_PROPERTY);
        if (dir == null || dir.isBlank()) {
            dir = System.getenv(DIR_PROPERTY);
        }
        if (dir == null || dir.isBlank()) {
            dir = System.getenv("JOURNAL_SIGNING_DIR");
        }
        return dir == null || dir.isBlank()
                ? Path.of(System.getProperty("user.home"), ".school-journal", "signing")
                : Path.of(dir);
    }

    /** First 16 hex digits of the SHA-256 of the public key (X.509 encoding). */
    public String keyId() {
        load();
        return keyId;
    }

    /** The public key, X.509-encoded, so a verifier outside the application can check too. */
    public byte[] publicKey() {
        return load().getPublic().getEncoded();
    }

    /** The Base64 ECDSA signature of the UTF-8 {@code payload}. */
    public String sign(String payload) {
        try {
            Signature s = Signature.getInstance(ALGORITHM);
            s.initSign(load().getPrivate());
            s.update(payload.getBytes(StandardCharsets.UTF_8));
            return Base64.getEncoder().encodeToString(s.sign());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot sign with the journal key", e);
        }
    }

    /**
     * Whether {@code signature} is this key's signature of {@code payload}. A signature of another
     * key id (a key since replaced) or a malformed one does not verify.
     */
    public boolean verify(String payload, String signature, String signedKeyId) {
        if (payload == null || signature == null || !keyId().equals(signedKeyId)) {
            return false;
        }
        try {
            Signature s = Signature.getInstance(ALGORITHM);
            s.initVerify(load().getPublic());
            s.update(payload.getBytes(StandardCharsets.UTF_8));
            return s.verify(Base64.getDecoder().decode(signature));
        } catch (IllegalArgumentException | GeneralSecurityException e) {
            return false;
        }
    }

    private synchronized KeyPair load() {
        if (pair == null) {
            Path dir = configured == null ? configuredDirectory() : configured;
            try {
                pair = read(dir);
                if (pair == null) {
                    pair = generate(dir);
                }
            } catch (IOException e) {
                throw new UncheckedIOException("cannot keep the journal signing key in " + dir, e);
            } catch (GeneralSecurityException e) {
                throw new IllegalStateException("cannot read the journal signing key in " + dir, e);
            }
            keyId = JournalContent.sha256(pair.getPublic().getEncoded()).substring(0, 16);
            if (!matches(pair)) {
                pair = null;
                throw new IllegalStateException(
                        "the journal signing key files in " + dir + " are not one pair");
            }
        }
        return pair;
    }

    private static boolean matches(KeyPair candidate) {
        try {
            byte[] probe = "journal signing key probe".getBytes(StandardCharsets.UTF_8);
            Signature s = Signature.getInstance(ALGORITHM);
            s.initSign(candidate.getPrivate());
            s.update(probe);
            byte[] signed = s.sign();
            s.initVerify(candidate.getPublic());
            s.update(probe);
            return s.verify(signed);
        } catch (GeneralSecurityException e) {
            return false;
        }
    }

    private static KeyPair read(Path dir) throws IOException, GeneralSecurityException {
        Path priv = dir.resolve(PRIVATE_FILE);
        Path pub = dir.resolve(PUBLIC_FILE);
        if (!Files.exists(priv) || !Files.exists(pub)) {
            return null;
        }
        KeyFactory ec = KeyFactory.getInstance("EC");
        PrivateKey privateKey =
                ec.generatePrivate(new PKCS8EncodedKeySpec(Files.readAllBytes(priv)));
        PublicKey publicKey = ec.generatePublic(new X509EncodedKeySpec(Files.readAllBytes(pub)));
        return new KeyPair(publicKey, privateKey);
    }

    private static KeyPair generate(Path dir) throws IOException, GeneralSecurityException {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
        generator.initialize(new ECGenParameterSpec("secp256r1"));
        KeyPair generated = generator.generateKeyPair();
        Files.createDirectories(dir);
        restrict(dir, "rwx------");
        // the public half last: a crash in between leaves no half pair that would be read back
        write(dir, PRIVATE_FILE, generated.getPrivate().getEncoded());
        write(dir, PUBLIC_FILE, generated.getPublic().getEncoded());
        // what later reads will use (two servers generating into one directory at once: the last)
        KeyPair stored = read(dir);
        return stored == null ? generated : stored;
    }

    private static void write(Path dir, String name, byte[] bytes) throws IOException {
        Path tmp = Files.createTempFile(dir, name, ".tmp");
        try {
            restrict(tmp, "rw-------");
            Files.write(tmp, bytes);
            try {
                Files.move(tmp, dir.resolve(name), StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, dir.resolve(name));
            }
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    private static void restrict(Path path, String permissions) throws IOException {
        try {
            Files.setPosixFilePermissions(path, PosixFilePermissions.fromString(permissions));
        } catch (UnsupportedOperationException notPosix) {
            // e.g. Windows: the directory's ACL applies
        }
    }
}
