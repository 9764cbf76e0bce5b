package org.schooljournal.identity.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.schooljournal.identity.control.SignedInRows;
import org.schooljournal.identity.entity.Account;
import org.schooljournal.platform.control.Identities;

/**
 * The stamp a signed-in session keeps of its account (R-A02): taken at sign-in and compared on each
 * request, so a password change, a disabled account or a lock ends the account's open sessions at
 * their next request; so does a parent's refusal of the processing of its personal data (R-A05).
 * One small query by login ({@link SignedInRows}); read from the database, never from a cache, so a
 * change made by another server or directly in the database counts as well. Called by the
 * authentication mechanism before the caller is known, so it is open to anonymous callers.
 *
 * <p>A CDI bean, not an EJB: it runs before every signed-in request, needs no transaction (one
 * read) and no role (the caller is not known yet), and the EJB container's invocation around it —
 * the security manager, the interceptor chain, the request scope's activation — was about a third
 * of the check in the list's flight recording (issue 11). No entity manager either: called from the
 * EAR's web module, a {@code @PersistenceContext} here is looked up in that module's naming
 * environment, which has no persistence unit (the EAR's sign-in failed so); both reads go through
 * {@link SignedInRows}, on the server's data source by its global name.
 */
@ApplicationScoped
public class SessionStamps {
    @Inject Identities identities;

    @Inject SignedInRows signedIn;

    /**
     * Whether a session's stamp (taken at sign-in) still holds. When it does, the caller's account,
     * school, roles and zone came in the same statement and become the request's caller, so the
     * boundaries the request calls read them no more: one statement a request instead of two.
     */
    public boolean stillCurrent(String login, String stamp) {
        List<Object[]> rows = signedIn.of(login);
        if (stamp == null || !stamp.equals(stampOf(rows))) {
            return false;
        }
        Identities.Identity identity = Identities.fromRows(rows, 3);
        if (identity != null) {
            identities.adopt(login, identity);
        }
        return true;
    }

    /** The account's stamp now; {@code null} when no enabled account has this login. */
    public String current(String login) {
        return stampOf(signedIn.of(login));
    }

    /** The stamp of the account in these rows; {@code null} when none may sign in. */
    private static String stampOf(List<Object[]> rows) {
        if (rows.isEmpty() || !Boolean.TRUE.equals(rows.get(0)[1])) {
            return null;
        }
        Object[] account = rows.get(0);
        return Account.sessionStamp((String) account[0], true, lockEnd(account[2]));
    }

    private static OffsetDateTime lockEnd(Object column) {
        if (column instanceof java.sql.Timestamp t) {
            return t.toInstant().atOffset(ZoneOffset.UTC);
        }
        return (OffsetDateTime) column;
    }
}
