package org.schooljournal.identity.web;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Where a sign-in goes next (R-A02, R-A03): back to the page that asked for it, such as the journal
 * grid whose session expired while its unsent cells wait in the browser. Only a path of this
 * application on this site is accepted, never another site (no open redirect): no scheme, no {@code
 * //host}, no backslash (browsers read {@code /\host} as {@code //host}), no control or space
 * characters, no {@code ..} segment, and neither the login page itself nor the API.
 */
public final class NextPage {
    private NextPage() {}

    static final int MAX_LENGTH = 2000;

    /** Printable ASCII without backslash: anything else is percent-encoded in a real URL. */
    private static final Pattern PLAIN = Pattern.compile("[\\x21-\\x5b\\x5d-\\x7e]+");

    private static final Pattern DOT_SEGMENT =
            Pattern.compile("(^|/)\\.\\.?(/|$|\\?|#)|%2e", Pattern.CASE_INSENSITIVE);

    /**
     * The path to redirect to after signing in, if {@code next} is a safe one inside {@code
     * contextPath} (e.g. {@code /journal}, or empty for the root context).
     */
    public static Optional<String> of(String next, String contextPath) {
        if (next == null || next.isEmpty() || next.length() > MAX_LENGTH) {
            return Optional.empty();
        }
        String context = contextPath == null ? "" : contextPath;
        if (!PLAIN.matcher(next).matches()
                || next.startsWith("//")
                || !next.startsWith(context + "/")
                || DOT_SEGMENT.matcher(next).find()) {
            return Optional.empty();
        }
        String inside = next.substring(context.length());
        if (inside.startsWith("//")
                || inside.startsWith("/api/")
                || inside.startsWith(JournalAuthentication.LOGIN_PAGE)) {
            return Optional.empty();
        }
        return Optional.of(next);
    }
}
