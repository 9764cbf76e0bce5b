package org.schooljournal.lessonplan.rest;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.schooljournal.batch.boundary.LessonPlanSummary;
import org.schooljournal.batch.boundary.LessonPlanView;
import org.schooljournal.batch.boundary.LessonPlans;
import org.schooljournal.batch.boundary.PlanCopyReport;

/** Calendar-thematic plans (КТП, R-S09): lesson topics with hours per subject, grade and year. */
@ApplicationScoped
@Path("lesson-plans")
@Produces(MediaType.APPLICATION_JSON)
public class LessonPlansResource {
    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    @EJB LessonPlans plans;

    @GET
    @Operation(
            summary =
                    "The plans of the current academic year (or of yearId), with topic counts and total hours")
    public List<LessonPlanSummary> list(@QueryParam("yearId") Long yearId) {
        return yearId == null ? plans.currentYear() : plans.ofYear(yearId);
    }

    @GET
    @Path("{planId}")
    @Operation(summary = "A plan with its topics in order and its total hours")
    public LessonPlanView plan(@PathParam("planId") long planId) {
        return plans.plan(planId);
    }

    @POST
    @Path("import")
    @Consumes({MediaType.APPLICATION_OCTET_STREAM, XLSX})
    @Operation(
            summary =
                    "Replace the topics of the plan of a subject and grade in a year by an XLSX sheet"
                            + " (columns №, Тема/Topic, Часы/Hours); a bad row refuses the whole file")
    public LessonPlanView importXlsx(
            @QueryParam("subjectId") @NotNull Long subjectId,
            @QueryParam("grade") @NotNull Integer grade,
            @QueryParam("yearId") @NotNull Long yearId,
            byte[] content) {
        return plans.importXlsx(subjectId, grade, yearId, content == null ? new byte[0] : content);
    }

    @GET
    @Path("{planId}/export")
    @Produces(XLSX)
    @Operation(summary = "A plan as an XLSX workbook that imports back to the same topics")
    public Response export(@PathParam("planId") long planId) {
        byte[] workbook = plans.exportXlsx(planId);
        return Response.ok(workbook, XLSX)
                .header(
                        "Content-Disposition",
                        "attachment; filename=\"lesson-plan-" + planId + ".xlsx\"")
                .build();
    }

    @POST
    @Path("copy")
    @Operation(
            summary =
                    "Copy every plan of one year to another; plans the target year has are skipped")
    public PlanCopyReport copy(
            @QueryParam("fromYearId") @NotNull Long fromYearId,
            @QueryParam("toYearId") @NotNull Long toYearId) {
        return plans.copyFromYear(fromYearId, toYearId);
    }
}
