package org.schooljournal.journal.control;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.security.PublicKey;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import javax.sql.DataSource;

/**
 * R-J14, R-P04: the public key a signature's key id names, from the server's own key or the table
 * {@code signing_key}, so a journal signed before a key change still verifies with the key that
 * signed it. Recorded keys never change (the table is only added to), so a found one is kept.
 */
@ApplicationScoped
public class KeyHistory {
    @Resource(lookup = "jdbc/journal")
    DataSource dataSource;

    @Inject SigningKey key;

    private final Map<String, PublicKey> found = new ConcurrentHashMap<>();

    /** The key of {@code keyId}; empty when the server never recorded it. */
    public Optional<PublicKey> publicKey(String keyId) {
        if (keyId == null) {
            return Optional.empty();
        }
        if (keyId.equals(key.keyId())) {
            return Optional.of(EcdsaKeys.publicKey(EcdsaKeys.pem(key.publicKey())));
        }
        PublicKey known = found.get(keyId);
        if (known == null) {
            try (Connection c = dataSource.getConnection()) {
                known = SigningKeys.find(c, keyId);
            } catch (SQLException e) {
                throw new IllegalStateException("cannot read the signing key history", e);
            }
            if (known != null) {
                found.put(keyId, known);
            }
        }
        return Optional.ofNullable(known);
    }

    /** Records the server's current key, if missing, as in use since {@code since}. */
    public void registerCurrent(Instant since) {
        try (Connection c = dataSource.getConnection()) {
            SigningKeys.register(c, key.keyId(), key.publicKey(), since);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot record the server's signing key", e);
        }
    }
}
