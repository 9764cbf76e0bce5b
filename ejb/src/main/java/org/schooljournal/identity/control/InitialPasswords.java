package org.schooljournal.identity.control;

import java.security.SecureRandom;

/**
 * One-time initial passwords (R-T02, R-A04): random, from an alphabet that reads and dictates
 * without confusion (no 0/O, 1/l/I), to be handed over in person and changed at first sign-in.
 */
public final class InitialPasswords {
    /** Letters and digits without the look-alikes 0, O, o, 1, l, I. */
    public static final String ALPHABET =
            "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnpqrstuvwxyz23456789";

    /** 12 characters of a 56-character alphabet: about 70 bits. */
    public static final int LENGTH = 12;

    private static final SecureRandom RANDOM = new SecureRandom();

    private InitialPasswords() {}

    public static String generate() {
        return generate(RANDOM, LENGTH);
    }

    static String generate(SecureRandom random, int length) {
        StringBuilder password = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            password.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return password.toString();
    }
}
