package org.schooljournal.identity.control;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.schooljournal.platform.entity.JournalException;

/**
 * What a password a person chooses must be (R-A02): at least {@value #MIN_LENGTH} characters, at
 * most {@value #MAX_LENGTH}, not the login, and not one of the commonly used passwords (the list in
 * {@code common-passwords.txt}, compared without regard to case). Length beats composition rules
 * (NIST SP 800-63B, 5.1.1.2), so there are none.
 */
public final class PasswordPolicy {
    public static final int MIN_LENGTH = 10;

    public static final int MAX_LENGTH = 128;

    private static final Set<String> COMMON = load();

    private PasswordPolicy() {}

    /**
     * @throws JournalException INVALID naming the rule the password breaks
     */
    public static void check(String login, String password) {
        if (password.length() < MIN_LENGTH) {
            throw new JournalException(
                    JournalException.Kind.INVALID, "password.tooShort", MIN_LENGTH);
        }
        if (password.length() > MAX_LENGTH) {
            throw new JournalException(
                    JournalException.Kind.INVALID, "password.tooLong", MAX_LENGTH);
        }
        String lower = password.toLowerCase(Locale.ROOT);
        if (lower.contains(login.toLowerCase(Locale.ROOT))) {
            throw new JournalException(JournalException.Kind.INVALID, "password.containsLogin");
        }
        if (COMMON.contains(lower)) {
            throw new JournalException(JournalException.Kind.INVALID, "password.common");
        }
    }

    private static Set<String> load() {
        InputStream in = PasswordPolicy.class.getResourceAsStream("common-passwords.txt");
        if (in == null) {
            throw new IllegalStateException("common-passwords.txt is missing");
        }
        try (BufferedReader reader =
                new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            return reader.lines()
                    .map(String::strip)
                    .filter(line -> !line.isEmpty() && !line.startsWith("#"))
                    .map(line -> line.toLowerCase(Locale.ROOT))
                    .collect(Collectors.toUnmodifiableSet());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
