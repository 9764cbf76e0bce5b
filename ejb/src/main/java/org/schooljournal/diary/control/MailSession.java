package org.schooljournal.diary.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.mail.Session;
import java.util.Optional;
import java.util.logging.Logger;
import javax.naming.InitialContext;
import javax.naming.NamingException;

/**
 * The server's Jakarta Mail session {@value #JNDI} (an asadmin mail resource, {@code
 * config/mail.asadmin}, created only when {@code JOURNAL_SMTP_HOST} is set). Without it e-mail is
 * off: nothing is queued and nothing sent, so the quick start works without SMTP. Looked up lazily
 * (an injected {@code @Resource} would fail the deployment where the resource is missing).
 */
@ApplicationScoped
public class MailSession {
    public static final String JNDI = "mail/journal";

    private static final Logger LOG = Logger.getLogger(MailSession.class.getName());

    private volatile Optional<Session> session;

    public Optional<Session> session() {
        Optional<Session> known = session;
        if (known == null) {
            try {
                known = Optional.of(InitialContext.doLookup(JNDI));
                LOG.info(() -> "E-mail on: " + JNDI);
            } catch (NamingException | ClassCastException none) {
                known = Optional.empty();
                LOG.info(() -> "E-mail off: no mail resource " + JNDI);
            }
            session = known;
        }
        return known;
    }

    public boolean enabled() {
        return session().isPresent();
    }
}
