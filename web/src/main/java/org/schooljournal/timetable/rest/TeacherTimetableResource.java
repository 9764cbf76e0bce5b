package org.schooljournal.timetable.rest;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.schooljournal.platform.control.SchoolClock;
import org.schooljournal.timetable.boundary.StaffWeek;
import org.schooljournal.timetable.boundary.TimetableViews;

/**
 * A teacher's week and lessons for the deputy head. A root of its own, longer than {@code
 * timetable}, so JAX-RS picks it before {@link TimetableResource} without merging the two.
 */
@ApplicationScoped
@Path("timetable/teachers")
@Produces(MediaType.APPLICATION_JSON)
public class TeacherTimetableResource {
    @EJB TimetableViews views;

    @Inject SchoolClock schoolClock;

    @GET
    @Operation(summary = "The teachers with a teaching assignment, to choose from")
    public List<StaffWeek.Choice> teachers() {
        return views.teachers();
    }

    @GET
    @Path("{staffId}")
    @Operation(
            summary =
                    "A teacher's week (class, subject, room per slot), its weekly lessons and assigned hours")
    public StaffWeek week(@PathParam("staffId") long staffId) {
        return views.teacherWeek(staffId);
    }

    @GET
    @Path("{staffId}/calendar.ics")
    @Produces("text/calendar;charset=UTF-8")
    @Operation(summary = "A teacher's lessons as an iCalendar file (default: the next 8 weeks)")
    public String calendar(
            @PathParam("staffId") long staffId,
            @QueryParam("from") String from,
            @QueryParam("to") String to) {
        LocalDate start = from == null ? schoolClock.today() : LocalDate.parse(from);
        LocalDate end = to == null ? start.plusWeeks(8) : LocalDate.parse(to);
        return views.calendarOfTeacher(staffId, start, end);
    }
}
