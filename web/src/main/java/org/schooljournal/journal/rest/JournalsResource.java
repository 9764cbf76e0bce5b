package org.schooljournal.journal.rest;

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
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.schooljournal.audit.boundary.AuditData;
import org.schooljournal.audit.boundary.AuditTrails;
import org.schooljournal.journal.boundary.JournalPage;
import org.schooljournal.journal.boundary.JournalSummary;
import org.schooljournal.journal.boundary.Journals;
import org.schooljournal.platform.control.SchoolClock;
import org.schooljournal.platform.rest.ApiRefusal;
import org.schooljournal.platform.rest.CallerLanguage;

/** The caller's journals and a month's page of one. */
@ApplicationScoped
@Path("journals")
@Produces(MediaType.APPLICATION_JSON)
public class JournalsResource {
    @EJB Journals journals;

    @EJB AuditTrails trails;

    @Inject SchoolClock schoolClock;

    @Context HttpHeaders headers;

    @GET
    @Operation(summary = "The journals the caller may open (its classes and subjects)")
    public List<JournalSummary> available() {
        return journals.available();
    }

    @GET
    @Path("{assignmentId}")
    @Operation(
            summary =
                    "A month of one journal: pupils, lessons and marks (month as 2026-11; default: this month)")
    public JournalPage page(
            @PathParam("assignmentId") long assignmentId, @QueryParam("month") String month) {
        LocalDate first =
                month == null || month.isBlank()
                        ? schoolClock.today().withDayOfMonth(1)
                        : parseMonth(month);
        return journals.page(assignmentId, first);
    }

    @GET
    @Path("{assignmentId}/audit")
    @Operation(
            summary =
                    "R-A08: who changed what in the journal, when, from where, old and new value;"
                            + " one cell's history with lessonId and pupilId")
    public List<AuditData> audit(
            @PathParam("assignmentId") long assignmentId,
            @QueryParam("lessonId") Long lessonId,
            @QueryParam("pupilId") Long pupilId) {
        return trails.ofJournal(assignmentId, lessonId, pupilId).stream()
                .map(entry -> entry.in(CallerLanguage.of(headers)))
                .toList();
    }

    private static LocalDate parseMonth(String month) {
        try {
            return YearMonth.parse(month).atDay(1);
        } catch (java.time.format.DateTimeParseException e) {
            throw ApiRefusal.invalid(new ApiRefusal.Field("month", "problem.parameter.month"))
                    .causedBy(e);
        }
    }
}
