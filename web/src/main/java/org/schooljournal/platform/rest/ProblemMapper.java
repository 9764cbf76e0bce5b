package org.schooljournal.platform.rest;

import jakarta.ejb.AccessLocalException;
import jakarta.ejb.EJBAccessException;
import jakarta.ejb.EJBException;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceException;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.Locale;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import org.schooljournal.platform.control.Messages;
import org.schooljournal.platform.entity.JournalException;

/**
 * Turns every failure of the API into a problem detail in the caller's language (Accept-Language;
 * Russian by default). Another school's object and a missing one both answer 404 (R-T01).
 */
@Provider
public class ProblemMapper implements ExceptionMapper<Throwable> {
    private static final Logger LOG = Logger.getLogger(ProblemMapper.class.getName());

    @Context HttpHeaders headers;

    @Override
    public Response toResponse(Throwable thrown) {
        Verdict verdict = judge(thrown, locale());
        return Problem.response(verdict.status(), verdict.detail(), verdict.current());
    }

    /** The status and message a failure deserves. */
    record Verdict(Response.Status status, String detail, String current) {
        Verdict(Response.Status status, String detail) {
            this(status, detail, null);
        }
    }

    static Verdict judge(Throwable thrown, Locale locale) {
        if (isAccessDenied(thrown)) {
            return new Verdict(Response.Status.FORBIDDEN, Messages.text(locale, "error.forbidden"));
        }
        if (isUniqueViolation(thrown)) {
            // Two people created the same thing at the same moment: the database's unique key
            // refused the second; say so instead of failing with a 500.
            return new Verdict(Response.Status.CONFLICT, Messages.text(locale, "error.duplicate"));
        }
        Throwable e = unwrap(thrown);
        if (e instanceof JournalException j) {
            return new Verdict(status(j.kind()), Messages.text(j, locale), j.current());
        }
        if (e instanceof EJBAccessException) {
            return new Verdict(Response.Status.FORBIDDEN, Messages.text(locale, "error.forbidden"));
        }
        if (e instanceof ConstraintViolationException v) {
            String detail =
                    v.getConstraintViolations().stream()
                            .map(c -> c.getPropertyPath() + ": " + c.getMessage())
                            .sorted()
                            .collect(Collectors.joining("; "));
            return new Verdict(
                    Response.Status.BAD_REQUEST, Messages.text(locale, "error.invalid", detail));
        }
        if (e instanceof java.time.format.DateTimeParseException d) {
            return new Verdict(
                    Response.Status.BAD_REQUEST,
                    Messages.text(locale, "error.invalid", d.getParsedString()));
        }
        if (e instanceof OptimisticLockException) {
            return new Verdict(Response.Status.CONFLICT, Messages.text(locale, "error.conflict"));
        }
        if (e instanceof WebApplicationException w && w.getResponse().getStatus() < 500) {
            Response.Status status = Response.Status.fromStatusCode(w.getResponse().getStatus());
            return new Verdict(
                    status == null ? Response.Status.BAD_REQUEST : status, w.getMessage());
        }
        LOG.log(Level.SEVERE, "API call failed", thrown);
        return new Verdict(
                Response.Status.INTERNAL_SERVER_ERROR, Messages.text(locale, "error.internal"));
    }

    /**
     * A role check of the EJB container failed (Payara throws AccessLocalException for local
     * calls).
     */
    private static boolean isAccessDenied(Throwable thrown) {
        for (Throwable t = thrown; t != null; t = t.getCause()) {
            if (t instanceof EJBAccessException || t instanceof AccessLocalException) {
                return true;
            }
        }
        return false;
    }

    /** SQLState 23505 (unique violation) on PostgreSQL and H2. */
    private static boolean isUniqueViolation(Throwable thrown) {
        for (Throwable t = thrown; t != null; t = t.getCause()) {
            if (t instanceof java.sql.SQLException sql && "23505".equals(sql.getSQLState())) {
                return true;
            }
        }
        return false;
    }

    private static Throwable unwrap(Throwable e) {
        Throwable current = e;
        while ((current instanceof EJBException
                        || current instanceof PersistenceException
                                && !(current instanceof OptimisticLockException))
                && current.getCause() != null) {
            current = current.getCause();
        }
        return current;
    }

    private Locale locale() {
        if (headers == null || headers.getAcceptableLanguages().isEmpty()) {
            return Messages.RUSSIAN;
        }
        return headers.getAcceptableLanguages().get(0);
    }

    private static Response.Status status(JournalException.Kind kind) {
        return switch (kind) {
            case INVALID -> Response.Status.BAD_REQUEST;
            case NOT_FOUND -> Response.Status.NOT_FOUND;
            case FORBIDDEN -> Response.Status.FORBIDDEN;
            case CONFLICT -> Response.Status.CONFLICT;
        };
    }
}
