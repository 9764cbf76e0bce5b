package org.schooljournal.platform.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ejb.EJBAccessException;
import jakarta.ejb.EJBException;
import jakarta.el.ELException;
import jakarta.faces.FacesException;
import java.util.Locale;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.schooljournal.platform.entity.JournalException;

class RefusalExceptionHandlerTest {
    static final Locale RU = Locale.forLanguageTag("ru"), EN = Locale.ENGLISH;

    @Test
    @DisplayName("a refusal wrapped by the EJB container, EL and Faces becomes the screen's text")
    void refusalThroughTheWrappers() {
        var refused = JournalException.notFound("journal 50");
        var thrown = new FacesException(new ELException(new EJBException(refused)));
        assertEquals("Журнал не найден", RefusalExceptionHandler.message(thrown, RU).orElseThrow());
        assertEquals(
                "Journal not found", RefusalExceptionHandler.message(thrown, EN).orElseThrow());
    }

    @Test
    @DisplayName("R-A03 a failed role check reads as a refusal, not an error page")
    void roleCheck() {
        var thrown = new FacesException(new EJBAccessException("denied"));
        assertTrue(RefusalExceptionHandler.message(thrown, RU).isPresent());
    }

    @Test
    @DisplayName("anything else is a failure for the error page, not a message")
    void otherFailures() {
        assertTrue(
                RefusalExceptionHandler.message(
                                new FacesException(new IllegalStateException("bug")), RU)
                        .isEmpty());
    }
}
