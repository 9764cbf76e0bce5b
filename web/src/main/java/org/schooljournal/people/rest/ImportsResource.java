package org.schooljournal.people.rest;

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
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.Locale;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.schooljournal.batch.boundary.ImportStatus;
import org.schooljournal.batch.boundary.Jobs;
import org.schooljournal.platform.rest.CallerLanguage;

/** Importing a class's pupils and parents from a CSV or XLSX file, as a batch job. */
@ApplicationScoped
@Path("imports")
@Produces(MediaType.APPLICATION_JSON)
public class ImportsResource {
    @EJB Jobs jobs;

    @Context HttpHeaders headers;

    @POST
    @Consumes({
        MediaType.APPLICATION_OCTET_STREAM,
        "text/csv",
        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
    })
    @Operation(
            summary =
                    "Upload a roster file for a class; the import runs as a batch job (202 + its status)")
    public Response start(
            @QueryParam("classId") @NotNull Long classId,
            @QueryParam("fileName") String fileName,
            byte[] content,
            @Context UriInfo uri) {
        long id =
                jobs.startPupilImport(
                        classId,
                        fileName == null || fileName.isBlank() ? "upload" : fileName,
                        content == null ? new byte[0] : content);
        return Response.accepted(jobs.importStatus(id, locale()))
                .location(uri.getAbsolutePathBuilder().path(String.valueOf(id)).build())
                .build();
    }

    @GET
    @Operation(summary = "The school's latest imports")
    public List<ImportStatus> recent() {
        return jobs.recentImports(locale());
    }

    @GET
    @Path("{importId}")
    @Operation(summary = "An import's progress and its report of skipped rows")
    public ImportStatus status(@PathParam("importId") long importId) {
        return jobs.importStatus(importId, locale());
    }

    @POST
    @Path("{importId}/restart")
    @Operation(summary = "Restart a failed or stopped import from its last checkpoint")
    public ImportStatus restart(@PathParam("importId") long importId) {
        jobs.restartImport(importId);
        return jobs.importStatus(importId, locale());
    }

    private Locale locale() {
        return CallerLanguage.of(headers);
    }
}
