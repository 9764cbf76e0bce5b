package org.schooljournal.archive.control;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PublicKey;
import java.security.Signature;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;

/**
 * Checks the server's ECDSA P-256 signatures ({@code SHA256withECDSA}) with a public key given as
 * the archive keeps it: Base64 of the X.509 encoding, or the same in a PEM file ({@code openssl}
 * reads it as it is). JDK only, so the offline verifier needs nothing else.
 */
public final class EcdsaKeys {
    public static final String ALGORITHM = "SHA256withECDSA";

    private EcdsaKeys() {}

    /** A public key from Base64 X.509 or PEM text. */
    public static PublicKey publicKey(String text) {
        String base64 =
                text.replace("-----BEGIN PUBLIC KEY-----", "")
                        .replace("-----END PUBLIC KEY-----", "")
                        .replaceAll("\\s", "");
        try {
            return KeyFactory.getInstance("EC")
                    .generatePublic(new X509EncodedKeySpec(Base64.getDecoder().decode(base64)));
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            throw new IllegalArgumentException("not an EC public key", e);
        }
    }

    /** The key as a PEM file's text. */
    public static String pem(byte[] x509) {
        return "-----BEGIN PUBLIC KEY-----\n"
                + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII))
                        .encodeToString(x509)
                + "\n-----END PUBLIC KEY-----\n";
    }

    /** Whether {@code signature} (Base64 DER) is {@code key}'s signature of the UTF-8 text. */
    public static boolean verify(PublicKey key, String text, String signature) {
        if (key == null || text == null || signature == null) {
            return false;
        }
        try {
            Signature s = Signature.getInstance(ALGORITHM);
            s.initVerify(key);
            s.update(text.getBytes(StandardCharsets.UTF_8));
            return s.verify(Base64.getDecoder().decode(signature));
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            return false;
        }
    }
}
