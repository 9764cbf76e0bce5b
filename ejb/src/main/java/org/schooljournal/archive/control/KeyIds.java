package org.schooljournal.archive.control;

import java.util.HexFormat;

/**
 * A key's id as the journal's signatures name it: 16 hex digits of the SHA-256 of its X.509 form.
 */
public final class KeyIds {
    private KeyIds() {}

    public static String of(byte[] x509) {
        return HexFormat.of().formatHex(MerkleLog.sha256().digest(x509)).substring(0, 16);
    }
}
