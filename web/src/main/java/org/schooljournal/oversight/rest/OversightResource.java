package org.schooljournal.oversight.rest;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.BeanParam;
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
import org.schooljournal.oversight.boundary.Checks;
import org.schooljournal.oversight.boundary.Choices;
import org.schooljournal.oversight.boundary.CompletenessReport;
import org.schooljournal.oversight.boundary.DensityReport;
import org.schooljournal.oversight.boundary.Export;
import org.schooljournal.oversight.boundary.ExportFormat;
import org.schooljournal.oversight.boundary.FulfilmentReport;
import org.schooljournal.oversight.boundary.HomeworkLoadReport;
import org.schooljournal.oversight.boundary.LessonsGivenReport;
import org.schooljournal.oversight.boundary.Plans;
import org.schooljournal.oversight.boundary.Remedial;
import org.schooljournal.oversight.boundary.RemedialReport;
import org.schooljournal.oversight.boundary.Reports;
import org.schooljournal.oversight.boundary.Results;
import org.schooljournal.oversight.boundary.ResultsReport;
import org.schooljournal.oversight.boundary.TimelinessReport;
import org.schooljournal.platform.entity.JournalException;
import org.schooljournal.platform.rest.CallerLanguage;

/**
 * The deputy's checks and the period's results (R-C01 to R-C04) and their exports (R-O01). Every
 * filter is optional: {@code period} (default: the running one), {@code class}, {@code teacher} (a
 * member of staff), {@code subject}. The deputy head and the head; a teacher reads only its own
 * findings ({@code timeliness/mine}).
 */
@ApplicationScoped
@Path("oversight")
public class OversightResource {
    @EJB Checks checks;

    @EJB Results results;

    @EJB Reports reports;

    @EJB Remedial remedial;

    @EJB Plans plans;

    @Context HttpHeaders headers;

    @GET
    @Path("choices")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "What the checks filter by: periods, classes, teachers, subjects")
    public Choices choices() {
        return checks.choices();
    }

    @GET
    @Path("timeliness")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(
            summary =
                    "Topics, marks, homework and attendance entered late, changed after the"
                            + " deadline or missing, by the audit trail's times (R-C01, R-C02)")
    public TimelinessReport timeliness(@BeanParam CheckParams params) {
        return checks.timeliness(params.filter());
    }

    @GET
    @Path("timeliness/mine")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "The calling teacher's own late or missing entries of the last 30 days")
    public TimelinessReport mine() {
        return checks.mine();
    }

    @GET
    @Path("density")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Pupils with fewer marks in the period than the school's threshold")
    public DensityReport density(@BeanParam CheckParams params) {
        return checks.density(params.filter());
    }

    @GET
    @Path("results")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(
            summary =
                    "Success and quality rates of the period per class and subject and per pupil"
                            + " (R-C03, R-C04)")
    public ResultsReport results(@BeanParam CheckParams params) {
        return results.of(params.filter());
    }

    @GET
    @Path("fulfilment")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(
            summary =
                    "Lessons given against the curriculum's hours and the КТП, per journal and per"
                            + " profile (R-C01, R-C08)")
    public FulfilmentReport fulfilment(@BeanParam CheckParams params) {
        return plans.fulfilment(params.filter());
    }

    @GET
    @Path("homework-load")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Class-days whose homework sums above СанПиН 1.2.3685-21 table 6.6")
    public HomeworkLoadReport homeworkLoad(@BeanParam CheckParams params) {
        return plans.homeworkLoad(params.filter());
    }

    @GET
    @Path("lessons-given")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Lessons given by a substitute, and lessons not given at all")
    public LessonsGivenReport lessonsGiven(@BeanParam CheckParams params) {
        return plans.lessonsGiven(params.filter());
    }

    @GET
    @Path("completeness")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Each journal's completeness and timeliness score, worst first (R-C07)")
    public CompletenessReport completeness(@BeanParam CheckParams params) {
        return plans.completeness(params.filter());
    }

    @GET
    @Path("remedial")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(
            summary =
                    "Per pupil, the lessons missed and the unsatisfactory marks of the period with"
                            + " their topics (R-C05, R-C06); printable as exports/remedial.pdf")
    public RemedialReport remedial(@BeanParam CheckParams params) {
        return remedial.of(params.filter());
    }

    @GET
    @Path("exports/{report}.{format}")
    @Produces({
        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        "text/csv",
        "application/pdf"
    })
    @Operation(
            summary =
                    "A report (timeliness, density, results-subjects, results-pupils, remedial) as xlsx,"
                            + " csv"
                            + " (UTF-8 with BOM, «;») or pdf (PDF/A-2b); ?lang=en for English")
    public Response export(
            @PathParam("report") String report,
            @PathParam("format") String format,
            @BeanParam CheckParams params,
            @QueryParam("lang") String lang) {
        Reports.Kind kind = Reports.Kind.parse(report);
        ExportFormat f = ExportFormat.parse(format);
        if (kind == null || f == null) {
            throw new JournalException(
                    JournalException.Kind.NOT_FOUND,
                    "oversight.export.unknown",
                    report + "." + format);
        }
        Locale locale = lang == null ? CallerLanguage.of(headers) : Locale.forLanguageTag(lang);
        Export export = reports.export(kind, params.filter(), f, locale);
        return Response.ok(export.bytes(), export.mediaType())
                .header("Content-Disposition", "attachment; filename=\"" + export.fileName() + "\"")
                .build();
    }
}
