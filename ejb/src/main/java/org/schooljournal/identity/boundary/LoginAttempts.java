package org.schooljournal.identity.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.logging.Logger;
import org.schooljournal.identity.entity.Account;
import org.schooljournal.identity.entity.LoginAttempt;

/**
 * Throttling of password guessing (R-A02): every attempt is logged, and repeated failures lock the
 * account for a while. Called by the authentication mechanism before and after it checks a
 * password, so it is open to anonymous callers.
 */
@Stateless
@PermitAll
public class LoginAttempts {
    private static final Logger LOG = Logger.getLogger(LoginAttempts.class.getName());

    @PersistenceContext EntityManager em;

    @Inject Clock clock;

    public boolean isLocked(String login) {
        return find(login).map(a -> a.isLockedAt(clock.instant())).orElse(false);
    }

    public void record(String login, String remoteAddress, boolean succeeded) {
        String name = login == null ? "" : login;
        em.persist(new LoginAttempt(name, remoteAddress, succeeded, clock.instant()));
        find(login)
                .ifPresent(
                        account -> {
                            if (succeeded) {
                                account.loginSucceeded();
                            } else {
                                account.loginFailed(clock.instant());
                            }
                        });
        if (!succeeded) {
            LOG.warning(() -> "Failed login for '" + name + "' from " + remoteAddress);
        }
    }

    private java.util.Optional<Account> find(String login) {
        return em.createNamedQuery("Account.byLogin", Account.class)
                .setParameter("login", login)
                .getResultStream()
                .findFirst();
    }
}
