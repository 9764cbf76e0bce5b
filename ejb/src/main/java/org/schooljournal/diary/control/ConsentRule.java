package org.schooljournal.diary.control;

import java.time.LocalDate;
import org.schooljournal.people.entity.Guardian;
import org.schooljournal.platform.entity.JournalException;

/**
 * R-A05, the rule of the school order: personal data are processed electronically only with the
 * parent's consent. A refusal (the latest decision) means no electronic access at all — no login
 * issued, an existing one cannot sign in, the diary's services refuse it — and no e-mail; the
 * school hands paper extracts. With no decision recorded yet the slip flow still gives access (the
 * school hands the slip together with the consent form), but nothing is e-mailed: an e-mail is
 * processing beyond the school's own system, so it waits for a recorded consent.
 */
public final class ConsentRule {
    public static final String GIVEN = Guardian.GIVEN;
    public static final String REFUSED = Guardian.REFUSED;

    private ConsentRule() {}

    /** Whether a parent with this latest decision (null: none yet) may have a login. */
    public static boolean electronicAccess(String latest) {
        return !REFUSED.equals(latest);
    }

    /** Whether a parent with this latest decision may receive e-mail from the school. */
    public static boolean mayMail(String latest) {
        return GIVEN.equals(latest);
    }

    /**
     * A decision as recorded: one of the two, dated on the paper no later than today.
     *
     * @return the decision's code
     */
    public static String checked(String decision, LocalDate decidedOn, LocalDate today) {
        if (!GIVEN.equals(decision) && !REFUSED.equals(decision)) {
            throw new JournalException(JournalException.Kind.INVALID, "consent.decision");
        }
        if (decidedOn.isAfter(today)) {
            throw new JournalException(JournalException.Kind.INVALID, "consent.futureDate", today);
        }
        return decision;
    }
}
