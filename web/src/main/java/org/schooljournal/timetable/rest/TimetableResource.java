package org.schooljournal.timetable.rest;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.DayOfWeek;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.schooljournal.platform.control.SchoolClock;
import org.schooljournal.timetable.boundary.GenerationReport;
import org.schooljournal.timetable.boundary.MyTimetable;
import org.schooljournal.timetable.boundary.TeacherWeek;
import org.schooljournal.timetable.boundary.Timetables;
import org.schooljournal.timetable.boundary.WeekData;

/** The weekly timetable and lesson generation (head, deputy head, school administrator). */
@ApplicationScoped
@Path("timetable")
@Produces(MediaType.APPLICATION_JSON)
public class TimetableResource {
    /** The body of a PUT on a slot: the class's teaching assignment (null clears it) and a room. */
    public record SlotInput(Long assignmentId, String room) {}

    @EJB Timetables timetables;

    @Inject SchoolClock schoolClock;

    @EJB MyTimetable myTimetable;

    @GET
    @Path("classes/{classId}")
    @Operation(summary = "A class's week: its subjects and what stands in each slot")
    public WeekData week(@PathParam("classId") long classId) {
        return timetables.ofClass(classId);
    }

    @PUT
    @Path("classes/{classId}/slots/{weekday}/{number}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            summary =
                    "Put a subject in a slot (weekday 1 = Monday), or clear it; a double booking is refused (409)")
    public WeekData set(
            @PathParam("classId") long classId,
            @PathParam("weekday") @Min(1) @Max(7) int weekday,
            @PathParam("number") int number,
            SlotInput input) {
        SlotInput slot = input == null ? new SlotInput(null, null) : input;
        return timetables.set(
                classId, DayOfWeek.of(weekday), number, slot.assignmentId(), slot.room());
    }

    @PUT
    @Path("classes/{classId}/week-days")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Set a class's school week to 5 or 6 days (body: 5 or 6)")
    public WeekData weekDays(@PathParam("classId") long classId, @NotNull Integer days) {
        return timetables.setWeekDays(classId, days);
    }

    @GET
    @Path("classes/{classId}/calendar.ics")
    @Produces("text/calendar;charset=UTF-8")
    @Operation(summary = "A class's lessons as an iCalendar file (default: the next 8 weeks)")
    public String calendar(
            @PathParam("classId") long classId,
            @QueryParam("from") String from,
            @QueryParam("to") String to) {
        LocalDate start = from == null ? schoolClock.today() : LocalDate.parse(from);
        LocalDate end = to == null ? start.plusWeeks(8) : LocalDate.parse(to);
        return timetables.calendarOfClass(classId, start, end);
    }

    @GET
    @Path("mine")
    @Operation(summary = "The calling teacher's week: class, subject and room per slot")
    public TeacherWeek mine() {
        return myTimetable.week();
    }

    @GET
    @Path("mine/calendar.ics")
    @Produces("text/calendar;charset=UTF-8")
    @Operation(
            summary =
                    "The calling teacher's lessons as an iCalendar file (default: the next 8 weeks)")
    public String myCalendar(@QueryParam("from") String from, @QueryParam("to") String to) {
        LocalDate start = from == null ? schoolClock.today() : LocalDate.parse(from);
        LocalDate end = to == null ? start.plusWeeks(8) : LocalDate.parse(to);
        return myTimetable.calendar(start, end);
    }

    @POST
    @Path("lessons")
    @Operation(
            summary =
                    "Generate the lessons between two dates from the timetable (a class, or the whole school)")
    public GenerationReport generate(
            @QueryParam("classId") Long classId,
            @QueryParam("from") @NotNull String from,
            @QueryParam("to") @NotNull String to) {
        return timetables.generate(classId, LocalDate.parse(from), LocalDate.parse(to));
    }
}
