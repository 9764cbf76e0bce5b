package org.schooljournal.platform.web;

import jakarta.ejb.EJBAccessException;
import jakarta.faces.context.ExceptionHandler;
import jakarta.faces.context.ExceptionHandlerFactory;
import jakarta.faces.context.ExceptionHandlerWrapper;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.ExceptionQueuedEvent;
import jakarta.faces.event.PhaseId;
import java.util.Iterator;
import java.util.Locale;
import java.util.Optional;
import org.omnifaces.util.Messages;
import org.schooljournal.platform.entity.JournalException;

/**
 * The one refusal path of the screens: a service's refusal ({@link JournalException}, or a failed
 * role check) thrown by an action becomes the page's message in the user's language, and the page
 * is shown again; view beans do not catch it. A refusal while a page is opened (not a postback)
 * goes on to {@link RefusedPages} (404/403), one while the page is being rendered (when a message
 * can no longer be placed) and anything else to OmniFaces' full-ajax handler and the error page.
 */
public class RefusalExceptionHandler extends ExceptionHandlerWrapper {
    public RefusalExceptionHandler(ExceptionHandler wrapped) {
        super(wrapped);
    }

    @Override
    public void handle() {
        FacesContext context = FacesContext.getCurrentInstance();
        if (context != null
                && context.isPostback()
                && context.getCurrentPhaseId() != PhaseId.RENDER_RESPONSE) {
            Iterator<ExceptionQueuedEvent> events = getUnhandledExceptionQueuedEvents().iterator();
            while (events.hasNext()) {
                Optional<String> message =
                        message(events.next().getContext().getException(), locale(context));
                if (message.isPresent()) {
                    Messages.addGlobalError(message.get());
                    context.validationFailed(); // dialogs stay open, as on a failed validation
                    events.remove();
                }
            }
        }
        getWrapped().handle();
    }

    /** The refusal's text, if the exception is (or wraps) a refusal. */
    static Optional<String> message(Throwable thrown, Locale locale) {
        for (Throwable t = thrown; t != null; t = t.getCause()) {
            if (t instanceof EJBAccessException) {
                return Optional.of(
                        org.schooljournal.platform.control.Messages.text(
                                locale, "error.forbidden"));
            }
            if (t instanceof JournalException refused) {
                return Optional.of(
                        org.schooljournal.platform.control.Messages.text(refused, locale));
            }
            if (t.getCause() == t) {
                break;
            }
        }
        return Optional.empty();
    }

    private static Locale locale(FacesContext context) {
        return context.getViewRoot() != null
                ? context.getViewRoot().getLocale()
                : context.getApplication().getDefaultLocale();
    }

    /** Wraps the handler configured before it in {@code faces-config.xml}. */
    public static class Factory extends ExceptionHandlerFactory {
        public Factory(ExceptionHandlerFactory wrapped) {
            super(wrapped);
        }

        @Override
        public ExceptionHandler getExceptionHandler() {
            return new RefusalExceptionHandler(getWrapped().getExceptionHandler());
        }
    }
}
