package org.schooljournal.journal.rest;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.schooljournal.journal.boundary.YearMarks;
import org.schooljournal.journal.boundary.YearSheet;

/**
 * A journal's year marks (R-J12) in the current school year, or in the year {@code ?year=} names
 * (an academic year's id): a journal is one across the years, each year has its own marks.
 */
@ApplicationScoped
@Path("journals/{assignmentId}/year-marks")
@Produces(MediaType.APPLICATION_JSON)
public class YearMarksResource {
    public record MarkInput(@NotNull String value, String reason) {}

    @EJB YearMarks yearMarks;

    @GET
    @Operation(
            summary =
                    "Per pupil: the period marks of the year in order (\"\" when missing or"
                            + " deferred), the suggested year mark (their mean, .5 up; «осв» when"
                            + " all are «осв») and the year mark set with its reason; the"
                            + " current school year unless ?year= names one")
    public YearSheet sheet(
            @PathParam("assignmentId") long assignmentId, @QueryParam("year") Long yearId) {
        return yearMarks.sheet(assignmentId, yearId);
    }

    @PUT
    @Path("{pupilId}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            summary =
                    "Set a year mark {value: 2..5 | осв | н/а, reason}; a mark other than the"
                            + " suggested one needs a reason; refused while a period mark is"
                            + " missing; for the current school year unless ?year= names one")
    public YearSheet set(
            @PathParam("assignmentId") long assignmentId,
            @PathParam("pupilId") long pupilId,
            @QueryParam("year") Long yearId,
            @NotNull @Valid MarkInput in) {
        return yearMarks.set(assignmentId, yearId, pupilId, in.value(), in.reason());
    }
}
