package org.schooljournal.journal.rest;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.schooljournal.journal.boundary.PeriodMarks;
import org.schooljournal.journal.boundary.PeriodSheet;

/** A journal's period marks and the period's lock (R-J07 to R-J11). */
@ApplicationScoped
@Path("journals/{assignmentId}/periods")
@Produces(MediaType.APPLICATION_JSON)
public class PeriodMarksResource {
    public record MarkInput(@NotNull String value, String reason) {}

    public record DeferralInput(@NotNull LocalDate until, String reason) {}

    public record ReasonInput(String reason) {}

    @EJB PeriodMarks periodMarks;

    @GET
    @Operation(
            summary =
                    "The study periods of the journal's grade in the current school year, each with"
                            + " whether it is closed")
    public List<PeriodSheet> periods(@PathParam("assignmentId") long assignmentId) {
        return periodMarks.periods(assignmentId);
    }

    @GET
    @Path("{periodId}")
    @Operation(
            summary =
                    "Per pupil: the period's average, number of marks, suggested mark (2.5 → 3,"
                            + " 3.5 → 4, 4.5 → 5) and the mark set or deferred")
    public PeriodSheet sheet(
            @PathParam("assignmentId") long assignmentId, @PathParam("periodId") long periodId) {
        return periodMarks.sheet(assignmentId, periodId);
    }

    @PUT
    @Path("{periodId}/marks/{pupilId}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            summary =
                    "Set a period mark {value: 2..5 | осв | н/а, reason}; a mark other than the"
                            + " suggested one needs a reason")
    public PeriodSheet set(
            @PathParam("assignmentId") long assignmentId,
            @PathParam("periodId") long periodId,
            @PathParam("pupilId") long pupilId,
            @NotNull @Valid MarkInput in) {
        return periodMarks.set(assignmentId, periodId, pupilId, in.value(), in.reason());
    }

    @DELETE
    @Path("{periodId}/marks/{pupilId}")
    @Operation(
            summary =
                    "Clear a pupil's period mark or deferral while the period is open (a closed"
                            + " period refuses it)")
    public PeriodSheet clear(
            @PathParam("assignmentId") long assignmentId,
            @PathParam("periodId") long periodId,
            @PathParam("pupilId") long pupilId) {
        return periodMarks.clear(assignmentId, periodId, pupilId);
    }

    @PUT
    @Path("{periodId}/deferrals/{pupilId}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Defer a pupil's period mark to a date after the period {until, reason}")
    public PeriodSheet defer(
            @PathParam("assignmentId") long assignmentId,
            @PathParam("periodId") long periodId,
            @PathParam("pupilId") long pupilId,
            @NotNull @Valid DeferralInput in) {
        return periodMarks.defer(assignmentId, periodId, pupilId, in.until(), in.reason());
    }

    @POST
    @Path("{periodId}/lock")
    @Operation(summary = "Close the period once every pupil's mark is set or deferred")
    public PeriodSheet lock(
            @PathParam("assignmentId") long assignmentId, @PathParam("periodId") long periodId) {
        return periodMarks.lock(assignmentId, periodId);
    }

    @POST
    @Path("{periodId}/reopen")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Reopen a closed period with a reason (deputy head, head); audited")
    public PeriodSheet reopen(
            @PathParam("assignmentId") long assignmentId,
            @PathParam("periodId") long periodId,
            ReasonInput in) {
        return periodMarks.reopen(assignmentId, periodId, in == null ? null : in.reason());
    }
}
