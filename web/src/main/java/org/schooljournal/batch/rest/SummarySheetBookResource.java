package org.schooljournal.batch.rest;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.util.Locale;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.schooljournal.batch.boundary.SummarySheetBook;
import org.schooljournal.oversight.boundary.Export;
import org.schooljournal.platform.rest.CallerLanguage;

/** The school's summary sheets of a year as one XLSX, a sheet per class (R-C10, R-O01). */
@ApplicationScoped
@Path("summary-sheets.xlsx")
public class SummarySheetBookResource {
    @EJB SummarySheetBook book;

    @Context HttpHeaders headers;

    @GET
    @Produces("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
    @Operation(
            summary =
                    "Every class's summary sheet of the school year (the current one unless ?year="
                            + " names one) as one XLSX, a sheet per class, headed in ?lang= or the"
                            + " caller's language; deputy head and head")
    public Response of(@QueryParam("year") Long yearId, @QueryParam("lang") String lang) {
        Locale locale = lang == null ? CallerLanguage.of(headers) : Locale.forLanguageTag(lang);
        Export export = book.of(yearId, locale);
        return Response.ok(export.bytes(), export.mediaType())
                .header("Content-Disposition", "attachment; filename=\"" + export.fileName() + "\"")
                .build();
    }
}
