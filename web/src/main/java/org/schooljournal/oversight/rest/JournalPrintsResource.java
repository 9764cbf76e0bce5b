package org.schooljournal.oversight.rest;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Locale;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.schooljournal.oversight.boundary.ExportFormat;
import org.schooljournal.oversight.boundary.JournalPrints;
import org.schooljournal.platform.control.SchoolClock;
import org.schooljournal.platform.entity.JournalException;
import org.schooljournal.platform.rest.ApiRefusal;
import org.schooljournal.platform.rest.CallerLanguage;

/**
 * A journal's month printed or exported (R-O03): the grid's checks apply (another school's journal
 * is not found, a teacher who does not teach it is refused as on the grid).
 */
@ApplicationScoped
@Path("journals/{assignmentId}/print.{format}")
public class JournalPrintsResource {
    @EJB JournalPrints prints;

    @Inject SchoolClock schoolClock;

    @Context HttpHeaders headers;

    @GET
    @Produces({
        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        "text/csv",
        "application/pdf"
    })
    @Operation(
            summary =
                    "A month of a journal (month as 2026-11; default: this month) as pdf (PDF/A-2b),"
                            + " xlsx or csv; ?lang=en")
    public Response print(
            @PathParam("assignmentId") long assignmentId,
            @PathParam("format") String format,
            @QueryParam("month") String month,
            @QueryParam("lang") String lang) {
        ExportFormat f = ExportFormat.parse(format);
        if (f == null) {
            throw new JournalException(
                    JournalException.Kind.NOT_FOUND, "oversight.export.unknown", format);
        }
        LocalDate first;
        try {
            first =
                    month == null || month.isBlank()
                            ? schoolClock.today().withDayOfMonth(1)
                            : YearMonth.parse(month).atDay(1);
        } catch (java.time.format.DateTimeParseException e) {
            throw ApiRefusal.invalid(new ApiRefusal.Field("month", "problem.parameter.month"))
                    .causedBy(e);
        }
        Locale locale = lang == null ? CallerLanguage.of(headers) : Locale.forLanguageTag(lang);
        return ControlResultsResource.attachment(prints.month(assignmentId, first, f, locale));
    }
}
