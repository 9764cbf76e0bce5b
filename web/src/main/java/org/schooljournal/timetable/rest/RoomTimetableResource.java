package org.schooljournal.timetable.rest;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.schooljournal.timetable.boundary.RoomWeek;
import org.schooljournal.timetable.boundary.TimetableViews;

/**
 * A room's week for the deputy head; its own root for the reason given on {@link
 * TeacherTimetableResource}.
 */
@ApplicationScoped
@Path("timetable/rooms")
@Produces(MediaType.APPLICATION_JSON)
public class RoomTimetableResource {
    @EJB TimetableViews views;

    @GET
    @Operation(
            summary =
                    "A room's week (class, subject, teacher per slot) and the rooms to choose from; without a name only the rooms")
    public RoomWeek week(@QueryParam("name") String name) {
        return views.roomWeek(name);
    }
}
