package org.schooljournal.archive.control;

import java.security.PublicKey;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;

/**
 * The public halves of every key the server signed with (table {@code signing_key}), each with the
 * time it came into use: a checkpoint or record signed before a key change verifies with the key of
 * its id, not with today's key.
 */
public final class SigningKeys {
    private SigningKeys() {}

    /** Records the key if it is not known yet; {@code since} is when it is first used. */
    public static void register(Connection c, String keyId, byte[] x509, Instant since)
            throws SQLException {
        try (var find = c.prepareStatement("select 1 from signing_key where key_id = ?")) {
            find.setString(1, keyId);
            try (var rows = find.executeQuery()) {
                if (rows.next()) {
                    return;
                }
            }
        }
        try (var insert =
                c.prepareStatement(
                        "insert into signing_key (key_id, public_key, valid_from) values (?, ?, ?)")) {
            insert.setString(1, keyId);
            insert.setString(2, Base64.getEncoder().encodeToString(x509));
            insert.setObject(3, since.atOffset(ZoneOffset.UTC));
            insert.executeUpdate();
        }
    }

    /** Every known key by its id. */
    public static Map<String, PublicKey> all(Connection c) throws SQLException {
        Map<String, PublicKey> keys = new HashMap<>();
        try (var s = c.prepareStatement("select key_id, public_key from signing_key");
                var rows = s.executeQuery()) {
            while (rows.next()) {
                keys.put(rows.getString(1), EcdsaKeys.publicKey(rows.getString(2)));
            }
        }
        return keys;
    }
}
