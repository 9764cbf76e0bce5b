package org.schooljournal.audit.control;

/**
 * Signs and checks the audit chain's checkpoints (issue 11) with the server's key, the key of the
 * journal's signatures (R-J14): what the sequencer and the check need of a key, implemented by
 * {@link ServerHeadSigner}.
 */
public interface HeadSigner {
    /** The id of the key {@link #sign} uses now. */
    String keyId();

    /** The Base64 signature of the UTF-8 {@code text}. */
    String sign(String text);

    /** Whether {@code signature} is the signature of {@code text} by the key {@code keyId}. */
    boolean verifies(String text, String signature, String keyId);
}
