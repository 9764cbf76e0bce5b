package org.schooljournal.journal.rest;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.schooljournal.journal.boundary.SummarySheet;
import org.schooljournal.journal.boundary.SummarySheets;

/**
 * The summary sheet of a class (R-J12, R-C10) for the current school year, or for the year {@code
 * ?year=} names (an academic year's id).
 */
@ApplicationScoped
@Path("classes/{classId}/summary-sheet")
@Produces(MediaType.APPLICATION_JSON)
public class SummarySheetResource {
    @EJB SummarySheets sheets;

    @GET
    @Operation(
            summary =
                    "Pupils × subjects: each subject's period marks and year mark, and the lessons"
                            + " missed in the year (total, of them for illness); deputy head and"
                            + " head for any class, the class teacher for its own; the current"
                            + " school year unless ?year= names one")
    public SummarySheet of(@PathParam("classId") long classId, @QueryParam("year") Long yearId) {
        return sheets.of(classId, yearId);
    }
}
