package org.schooljournal.archive.rest;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.schooljournal.batch.boundary.ArchiveJob;
import org.schooljournal.batch.boundary.ArchiveJobs;
import org.schooljournal.batch.boundary.ArchiveMatrixData;
import org.schooljournal.batch.boundary.ArchiveOverview;
import org.schooljournal.batch.boundary.JobRunData;
import org.schooljournal.batch.boundary.PrintedCopyData;
import org.schooljournal.batch.boundary.ReportLineData;
import org.schooljournal.batch.boundary.ScheduledRunData;

/** The archivist's year-end jobs (R-T03, R-P06): start, follow, stop, restart, abandon, report. */
@ApplicationScoped
@Path("archive")
@Produces(MediaType.APPLICATION_JSON)
public class ArchiveJobsResource {
    /** A job to start: for a year's name ("2025/26") and schools (none = every school). */
    public record JobInput(ArchiveJob job, String year, List<Long> schoolIds, Boolean draft) {}

    @EJB ArchiveJobs jobs;

    @EJB ArchiveOverview overview;

    @POST
    @Path("jobs")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            summary =
                    "Start an archive job {job: PRINT | TRANSFER | CHECK, year, schoolIds, draft}")
    public Response start(@NotNull JobInput in, @jakarta.ws.rs.core.Context UriInfo uri) {
        long execution =
                jobs.start(in.job(), in.year(), in.schoolIds(), Boolean.TRUE.equals(in.draft()));
        return Response.accepted(jobs.run(execution))
                .location(uri.getAbsolutePathBuilder().path(String.valueOf(execution)).build())
                .build();
    }

    @GET
    @Path("jobs")
    @Operation(summary = "The latest runs of the archive jobs with their progress")
    public List<JobRunData> recent() {
        return jobs.recent();
    }

    @GET
    @Path("schedule")
    @Operation(summary = "The scheduled transfer and check: setting and next run (null when off)")
    public List<ScheduledRunData> schedule() {
        return jobs.scheduled();
    }

    @GET
    @Path("jobs/{executionId}")
    @Operation(summary = "A run's state and its progress per school and in total")
    public JobRunData run(@PathParam("executionId") long executionId) {
        return jobs.run(executionId);
    }

    @POST
    @Path("jobs/{executionId}/stop")
    @Operation(summary = "Stop a running job after its current class")
    public JobRunData stop(@PathParam("executionId") long executionId) {
        jobs.stop(executionId);
        return jobs.run(executionId);
    }

    @POST
    @Path("jobs/{executionId}/restart")
    @Operation(summary = "Restart a failed or stopped job from its checkpoints")
    public JobRunData restart(@PathParam("executionId") long executionId) {
        return jobs.run(jobs.restart(executionId));
    }

    @POST
    @Path("jobs/{executionId}/abandon")
    @Operation(summary = "Abandon a job that does not run (it can no longer be restarted)")
    public JobRunData abandon(@PathParam("executionId") long executionId) {
        jobs.abandon(executionId);
        return jobs.run(executionId);
    }

    @GET
    @Path("jobs/{executionId}/report")
    @Operation(summary = "A run's report: a line per class book printed, refused or transferred")
    public List<ReportLineData> report(@PathParam("executionId") long executionId) {
        return jobs.report(executionId);
    }

    @GET
    @Path("report-lines/{lineId}/pdf")
    @Produces("application/pdf")
    @Operation(summary = "A printed book of a print job's report (draft or final), printed again")
    public Response copy(@PathParam("lineId") long lineId) {
        PrintedCopyData copy = jobs.copy(lineId);
        return Response.ok(copy.pdf(), "application/pdf")
                .header("Content-Disposition", "attachment; filename=\"" + copy.fileName() + "\"")
                .header("X-Sha256", copy.sha256())
                .header("X-Same-As-Reported", String.valueOf(copy.sameAsReported()))
                .build();
    }

    @GET
    @Path("matrix")
    @Operation(summary = "Schools × years: printed, transferred, verified (a head: its own school)")
    public ArchiveMatrixData matrix() {
        return overview.matrix();
    }
}
