package org.schooljournal.platform.web;

import jakarta.ejb.EJBAccessException;
import jakarta.faces.context.ExceptionHandler;
import jakarta.faces.context.ExceptionHandlerFactory;
import jakarta.faces.context.ExceptionHandlerWrapper;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.ExceptionQueuedEvent;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Iterator;
import org.schooljournal.platform.entity.JournalException;

/**
 * A page opened for something that does not exist, or belongs to another school (which, to this
 * school, does not exist), answers 404; a page of something the caller may not see, such as another
 * teacher's journal, answers 403 (R-A03). The error page says which, in the user's language, with a
 * way home. Other failures, and refusals during ajax requests (OmniFaces' full ajax exception
 * handler shows them), go on as before.
 */
public class RefusedPages extends ExceptionHandlerWrapper {
    public RefusedPages(ExceptionHandler wrapped) {
        super(wrapped);
    }

    /** Declared in faces-config.xml after OmniFaces' factory, so it wraps that handler. */
    public static class Factory extends ExceptionHandlerFactory {
        public Factory(ExceptionHandlerFactory wrapped) {
            super(wrapped);
        }

        @Override
        public ExceptionHandler getExceptionHandler() {
            return new RefusedPages(getWrapped().getExceptionHandler());
        }
    }

    @Override
    public void handle() {
        FacesContext faces = FacesContext.getCurrentInstance();
        if (faces != null && !faces.getPartialViewContext().isAjaxRequest()) {
            Iterator<ExceptionQueuedEvent> events = getUnhandledExceptionQueuedEvents().iterator();
            while (events.hasNext()) {
                int status = statusOf(events.next().getContext().getException());
                if (status != 0 && !faces.getExternalContext().isResponseCommitted()) {
                    events.remove();
                    try {
                        faces.getExternalContext().responseSendError(status, null);
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                    faces.responseComplete();
                    break;
                }
            }
        }
        getWrapped().handle();
    }

    /** 404 or 403 for a refusal of that kind somewhere in the causes; 0 for anything else. */
    static int statusOf(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof EJBAccessException) {
                return HttpServletResponse.SC_FORBIDDEN;
            }
            if (t instanceof JournalException refused) {
                return switch (refused.kind()) {
                    case NOT_FOUND -> HttpServletResponse.SC_NOT_FOUND;
                    case FORBIDDEN -> HttpServletResponse.SC_FORBIDDEN;
                    default -> 0;
                };
            }
        }
        return 0;
    }
}
