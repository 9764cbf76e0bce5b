package org.schooljournal.journal.control;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.schooljournal.journal.control.JournalChange.Subject;
import org.schooljournal.platform.control.Messages;

/**
 * A value of a {@link JournalChange} that is a state rather than data (R-A08, issue 9 item 4): a
 * period closed or reopened, a mark deferred, a journal signed. It is stored as a code with its
 * argument ({@code audit.deferred:2027-01-20}) and put into words only where it is shown, in the
 * reader's language. Entries written before the codes hold Russian words («закрыт», «отложена до
 * …», «подписан …»); they are part of the hash chain, so they are never rewritten and are shown as
 * they are.
 */
public record ChangeValue(String code, String argument) {
    /** A period closed (R-J11). */
    public static final String LOCKED = "audit.locked";

    /** A period reopened, with the deputy's reason (R-J11). */
    public static final String REOPENED = "audit.reopened";

    /** A period mark deferred to a date (R-J09). */
    public static final String DEFERRED = "audit.deferred";

    /** A period of the journal signed, with the digest of its content (R-J14). */
    public static final String SIGNED = "audit.signed";

    private static final Set<String> CODES = Set.of(LOCKED, REOPENED, DEFERRED, SIGNED);

    /**
     * The subjects whose values may be codes: their values are never free text of a teacher (a
     * topic or homework could read like a code, a period mark, a lock or a signature cannot).
     */
    private static final Set<Subject> CODED =
            Set.of(Subject.LOCK, Subject.PERIOD_MARK, Subject.SIGNATURE);

    public static ChangeValue locked() {
        return new ChangeValue(LOCKED, null);
    }

    public static ChangeValue reopened(String reason) {
        return new ChangeValue(REOPENED, reason);
    }

    public static ChangeValue deferredUntil(LocalDate until) {
        return new ChangeValue(DEFERRED, until.toString());
    }

    public static ChangeValue signed(String digest) {
        return new ChangeValue(SIGNED, digest);
    }

    /**
     * As the entry stores it: the code, then after a colon its argument (which may hold colons).
     */
    public String stored() {
        return argument == null ? code : code + ":" + argument;
    }

    /** A stored value read back as a code, or empty for data and for the old entries' words. */
    public static Optional<ChangeValue> parse(Subject subject, String stored) {
        if (stored == null || !CODED.contains(subject)) {
            return Optional.empty();
        }
        int colon = stored.indexOf(':');
        String code = colon < 0 ? stored : stored.substring(0, colon);
        if (!CODES.contains(code)) {
            return Optional.empty();
        }
        return Optional.of(new ChangeValue(code, colon < 0 ? null : stored.substring(colon + 1)));
    }

    /** A stored value as a reader sees it: a code in words of {@code locale}, else as stored. */
    public static String shown(Subject subject, String stored, Locale locale) {
        return parse(subject, stored).map(v -> v.text(locale)).orElse(stored);
    }

    /** In words: «закрыт», «отложена до 20.01.2027»; "closed", "deferred until 20.01.2027". */
    public String text(Locale locale) {
        Object typed = DEFERRED.equals(code) ? LocalDate.parse(argument) : argument;
        return Messages.text(locale, code, typed);
    }
}
