package org.schooljournal.audit.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.schooljournal.journal.control.EcdsaKeys;
import org.schooljournal.journal.control.KeyHistory;
import org.schooljournal.journal.control.SigningKey;

/**
 * The audit chain's checkpoints signed with the server's key that signs journals (R-J14), and
 * checked with the key their id names, so checkpoints signed before a key change still verify.
 */
@ApplicationScoped
public class ServerHeadSigner implements HeadSigner {
    @Inject SigningKey key;

    @Inject KeyHistory keys;

    @Override
    public String keyId() {
        return key.keyId();
    }

    @Override
    public String sign(String text) {
        return key.sign(text);
    }

    @Override
    public boolean verifies(String text, String signature, String keyId) {
        return keys.publicKey(keyId).map(k -> EcdsaKeys.verify(k, text, signature)).orElse(false);
    }
}
