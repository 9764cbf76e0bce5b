package org.schooljournal.timetable.rest;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.schooljournal.timetable.boundary.HoursCheckData;
import org.schooljournal.timetable.boundary.TimetableViews;

/**
 * The timetable against the curriculum; its own root for the reason given on {@link
 * TeacherTimetableResource}.
 */
@ApplicationScoped
@Path("timetable/hours-check")
@Produces(MediaType.APPLICATION_JSON)
public class HoursCheckResource {
    @EJB TimetableViews views;

    @GET
    @Operation(
            summary =
                    "Each class and subject: weekly lessons in the timetable against the curriculum and the assigned hours; differences flagged")
    public HoursCheckData check() {
        return views.hoursCheck();
    }
}
