package org.schooljournal.platform.web;

import jakarta.ejb.EJBAccessException;
import jakarta.ejb.EJBException;
import jakarta.faces.context.FacesContext;
import java.util.Locale;
import org.omnifaces.util.Messages;
import org.schooljournal.platform.entity.JournalException;

/**
 * Shows a service's refusal on the screen in the user's language: a {@link JournalException}
 * (possibly wrapped by the EJB container) or a failed role check. Anything else is a real failure
 * and goes on to the error page.
 *
 * <p>Opening a page (a GET, not a postback) of something missing, foreign or not the caller's is
 * not a message on an empty page: the refusal goes on to {@link RefusedPages}, which answers 404 or
 * 403 (R-A03).
 */
public final class Refusals {
    private Refusals() {}

    public static void show(RuntimeException e, Locale locale) {
        FacesContext faces = FacesContext.getCurrentInstance();
        if (faces != null && !faces.isPostback() && RefusedPages.statusOf(e) != 0) {
            throw e;
        }
        Throwable cause =
                e instanceof EJBException
                                && !(e instanceof EJBAccessException)
                                && e.getCause() != null
                        ? e.getCause()
                        : e;
        if (cause instanceof EJBAccessException) {
            Messages.addGlobalError(
                    org.schooljournal.platform.control.Messages.text(locale, "error.forbidden"));
        } else if (cause instanceof JournalException refused) {
            Messages.addGlobalError(
                    org.schooljournal.platform.control.Messages.text(refused, locale));
        } else {
            throw e;
        }
    }
}
