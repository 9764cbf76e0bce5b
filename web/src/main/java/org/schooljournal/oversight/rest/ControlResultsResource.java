package org.schooljournal.oversight.rest;

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
import org.schooljournal.oversight.boundary.CheckFilter;
import org.schooljournal.oversight.boundary.ControlWorkExports;
import org.schooljournal.oversight.boundary.ControlWorkReport;
import org.schooljournal.oversight.boundary.ControlWorkResults;
import org.schooljournal.oversight.boundary.Export;
import org.schooljournal.oversight.boundary.ExportFormat;
import org.schooljournal.platform.entity.JournalException;
import org.schooljournal.platform.rest.CallerLanguage;

/**
 * The results of the ВШК schedule's control works (R-C04) and their exports: the deputy head and
 * the head; filters as the other oversight reports ({@code period}, {@code class}, {@code teacher},
 * {@code subject}).
 */
@ApplicationScoped
@Path("oversight/control-works")
public class ControlResultsResource {
    @EJB ControlWorkResults results;

    @EJB ControlWorkExports exports;

    @Context HttpHeaders headers;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(
            summary =
                    "Per control work of the period: the distribution of its marks against the"
                            + " same pupils' period marks, per class and teacher (R-C04)")
    public ControlWorkReport results(
            @QueryParam("period") Long period,
            @QueryParam("class") Long classId,
            @QueryParam("teacher") Long teacher,
            @QueryParam("subject") Long subject) {
        return results.of(new CheckFilter(period, classId, teacher, subject));
    }

    @GET
    @Path("export.{format}")
    @Produces({
        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        "text/csv",
        "application/pdf"
    })
    @Operation(summary = "The control works' results as xlsx, csv or pdf (PDF/A-2b); ?lang=en")
    public Response export(
            @PathParam("format") String format,
            @QueryParam("period") Long period,
            @QueryParam("class") Long classId,
            @QueryParam("teacher") Long teacher,
            @QueryParam("subject") Long subject,
            @QueryParam("lang") String lang) {
        ExportFormat f = ExportFormat.parse(format);
        if (f == null) {
            throw new JournalException(
                    JournalException.Kind.NOT_FOUND, "oversight.export.unknown", format);
        }
        Locale locale = lang == null ? CallerLanguage.of(headers) : Locale.forLanguageTag(lang);
        return attachment(
                exports.export(new CheckFilter(period, classId, teacher, subject), f, locale));
    }

    static Response attachment(Export export) {
        return Response.ok(export.bytes(), export.mediaType())
                .header("Content-Disposition", "attachment; filename=\"" + export.fileName() + "\"")
                .build();
    }
}
