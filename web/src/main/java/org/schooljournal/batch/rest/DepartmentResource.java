package org.schooljournal.batch.rest;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Locale;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.schooljournal.batch.boundary.DepartmentExports;
import org.schooljournal.batch.boundary.DepartmentOverview;
import org.schooljournal.batch.boundary.DepartmentOverviewData;
import org.schooljournal.oversight.boundary.Export;
import org.schooljournal.oversight.boundary.ExportFormat;
import org.schooljournal.platform.entity.JournalException;
import org.schooljournal.platform.rest.CallerLanguage;

/**
 * The department's overview of its schools (R-T02), aggregates only; the municipal administrator.
 */
@ApplicationScoped
@Path("municipality/overview")
public class DepartmentResource {
    @EJB DepartmentOverview overview;

    @EJB DepartmentExports exports;

    @Context HttpHeaders headers;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(
            summary =
                    "Per school: success and quality, late or missing entries, lessons missed, the"
                            + " archive's status, each against the municipality's median (R-T02)")
    public DepartmentOverviewData overview() {
        return overview.overview();
    }

    @GET
    @Path("export.{format}")
    @Produces({
        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        "text/csv",
        "application/pdf"
    })
    @Operation(summary = "The department's overview as xlsx, csv or pdf (PDF/A-2b); ?lang=en")
    public Response export(@PathParam("format") String format, @QueryParam("lang") String lang) {
        ExportFormat f = ExportFormat.parse(format);
        if (f == null) {
            throw new JournalException(
                    JournalException.Kind.NOT_FOUND, "oversight.export.unknown", format);
        }
        Locale locale = lang == null ? CallerLanguage.of(headers) : Locale.forLanguageTag(lang);
        Export export = exports.export(f, locale);
        return Response.ok(export.bytes(), export.mediaType())
                .header("Content-Disposition", "attachment; filename=\"" + export.fileName() + "\"")
                .build();
    }
}
