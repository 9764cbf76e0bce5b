package org.schooljournal.diary.rest;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.schooljournal.diary.boundary.Child;
import org.schooljournal.diary.boundary.Diary;
import org.schooljournal.diary.boundary.DiaryTerm;
import org.schooljournal.diary.boundary.DiaryWeek;
import org.schooljournal.journal.boundary.MarkData;
import org.schooljournal.platform.control.SchoolClock;

/** The diary for parents and pupils. */
@ApplicationScoped
@Path("diary")
@Produces(MediaType.APPLICATION_JSON)
public class DiaryResource {
    @EJB Diary diary;

    @Inject SchoolClock schoolClock;

    @GET
    @Path("children")
    @Operation(summary = "The pupils whose diary the caller may read")
    public List<Child> children() {
        return diary.children();
    }

    @GET
    @Path("pupils/{pupilId}/marks")
    @Operation(summary = "A pupil's marks between two dates (default: the last 30 days)")
    public List<MarkData> marks(
            @PathParam("pupilId") long pupilId,
            @QueryParam("from") String from,
            @QueryParam("to") String to) {
        LocalDate until = to == null ? schoolClock.today() : LocalDate.parse(to);
        LocalDate since = from == null ? until.minusDays(30) : LocalDate.parse(from);
        return diary.marks(pupilId, since, until);
    }

    @GET
    @Path("week")
    @Operation(
            summary =
                    "R-D01: a pupil's week, Monday to Saturday, holding the date (default: today;"
                            + " pupil default: the caller's first child)")
    public DiaryWeek week(@QueryParam("pupil") Long pupilId, @QueryParam("date") String date) {
        return diary.week(pupilId, date == null ? schoolClock.today() : LocalDate.parse(date));
    }

    @GET
    @Path("pupils/{pupilId}/term")
    @Operation(
            summary =
                    "R-D01: the study period holding the date (default today): marks by subject"
                            + " with averages and period/year marks, absences, teachers, timetable")
    public DiaryTerm term(@PathParam("pupilId") long pupilId, @QueryParam("date") String date) {
        return diary.term(pupilId, date == null ? schoolClock.today() : LocalDate.parse(date));
    }

    @POST
    @Path("pupils/{pupilId}/opened")
    @Operation(summary = "The caller opened the pupil's diary: messages shown so far are read")
    public void opened(@PathParam("pupilId") long pupilId) {
        diary.opened(pupilId);
    }

    @GET
    @Path("pupils/{pupilId}/calendar.ics")
    @Produces("text/calendar;charset=UTF-8")
    @Operation(summary = "The pupil's lessons as an iCalendar file (default: today and 8 weeks on)")
    public String calendar(
            @PathParam("pupilId") long pupilId,
            @QueryParam("from") String from,
            @QueryParam("to") String to) {
        LocalDate start = from == null ? schoolClock.today() : LocalDate.parse(from);
        LocalDate end = to == null ? start.plusWeeks(8) : LocalDate.parse(to);
        return diary.calendar(pupilId, start, end);
    }

    @GET
    @Path("pupils/{pupilId}/messages")
    @Operation(summary = "R-J13: teachers' messages and recommendations about the child")
    public List<org.schooljournal.diary.boundary.MessageData> messages(
            @PathParam("pupilId") long pupilId) {
        return diary.messages(pupilId);
    }
}
