package org.schooljournal.identity.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.security.Principal;
import java.util.Map;
import org.schooljournal.identity.control.PasswordPolicy;
import org.schooljournal.identity.entity.Account;
import org.schooljournal.platform.entity.JournalException;

/**
 * The caller's own password: whether it is a one-time password that must be replaced before
 * anything else opens (R-A04), and replacing it under the policy (R-A02). Open to every signed-in
 * person, whatever its roles (a new staff member may have none yet); an anonymous caller has no
 * account and is refused.
 */
@Stateless
@PermitAll
public class Passwords {
    @PersistenceContext EntityManager em;

    @Inject Principal principal;

    @Inject Pbkdf2PasswordHash hash;

    /** Whether the caller signed in with a one-time password it has not replaced yet. */
    public boolean changeRequired() {
        return account().isPasswordChangeRequired();
    }

    /**
     * Replaces the caller's password; the current one must be given (a session left open does not
     * let a passer-by take the account over).
     */
    public void change(
            @NotNull @Size(max = PasswordPolicy.MAX_LENGTH) String current,
            @NotNull @Size(max = PasswordPolicy.MAX_LENGTH) String next) {
        Account account = account();
        hash.initialize(Map.of());
        if (!hash.verify(current.toCharArray(), account.getPasswordHash())) {
            throw new JournalException(JournalException.Kind.INVALID, "password.currentWrong");
        }
        PasswordPolicy.check(account.getLogin(), next);
        if (next.equals(current)) {
            throw new JournalException(JournalException.Kind.INVALID, "password.unchanged");
        }
        account.changePassword(hash.generate(next.toCharArray()));
    }

    private Account account() {
        return em.createNamedQuery("Account.byLogin", Account.class)
                .setParameter("login", principal.getName())
                .getResultStream()
                .findFirst()
                .orElseThrow(JournalException::forbidden);
    }
}
