package org.schooljournal.calendar.rest;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.schooljournal.batch.boundary.LessonPlans;
import org.schooljournal.batch.boundary.PlanCopyReport;
import org.schooljournal.calendar.boundary.RolloverPreview;
import org.schooljournal.calendar.boundary.RolloverReport;
import org.schooljournal.calendar.boundary.Rollovers;

/**
 * Year rollover (issue 3 item 13): preview, then run. After the rollover (one transaction) the
 * year's lesson plans are copied to the next year (a second transaction of the batch module; the
 * copy skips plans already there, so it can be repeated).
 */
@ApplicationScoped
@Path("rollover")
@Produces(MediaType.APPLICATION_JSON)
public class RolloverResource {
    /** The rollover done and the lesson plans copied to the next year. */
    public record RolloverResult(RolloverReport report, PlanCopyReport lessonPlans) {}

    @EJB Rollovers rollovers;

    @EJB LessonPlans lessonPlans;

    @GET
    @Path("preview")
    @Operation(
            summary =
                    "What rolling the year over would do: classes old → new title, graduating"
                            + " classes with their pupils, what is carried over")
    public RolloverPreview preview(@QueryParam("fromYearId") @NotNull Long fromYearId) {
        return rollovers.preview(fromYearId);
    }

    @POST
    @Operation(
            summary =
                    "Roll the year over: create the next year if missing, promote the classes,"
                            + " graduate grade 11, then copy the lesson plans (409 when already done)")
    public RolloverResult run(@QueryParam("fromYearId") @NotNull Long fromYearId) {
        RolloverReport report = rollovers.run(fromYearId);
        return new RolloverResult(
                report, lessonPlans.copyFromYear(report.fromYearId(), report.toYearId()));
    }
}
