package org.schooljournal.journal.rest;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.schooljournal.journal.boundary.Attendances;
import org.schooljournal.journal.boundary.EntryData;
import org.schooljournal.journal.entity.AttendanceKind;

/** A pupil absent from a lesson or late for it (R-J04). */
@ApplicationScoped
@Path("lessons/{lessonId}/attendance/{pupilId}")
@Produces(MediaType.APPLICATION_JSON)
public class AttendanceResource {
    /**
     * The body of a PUT: ILLNESS, EXCUSED, UNEXCUSED or LATE; {@code expected}: the cell's text the
     * client last saw ("" for an empty cell), so that a cell changed meanwhile is not overwritten.
     */
    public record AttendanceInput(@NotNull AttendanceKind kind, @NotNull String expected) {}

    @EJB Attendances attendances;

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            summary =
                    "Mark a pupil absent (ILLNESS, EXCUSED, UNEXCUSED) or LATE; after the lesson's"
                            + " day it is kept but flagged late")
    public EntryData put(
            @PathParam("lessonId") long lessonId,
            @PathParam("pupilId") long pupilId,
            @NotNull @Valid AttendanceInput input) {
        return attendances.put(lessonId, pupilId, input.kind(), input.expected());
    }

    @DELETE
    @Operation(summary = "The pupil was there: clear the cell's attendance")
    public EntryData remove(
            @PathParam("lessonId") long lessonId,
            @PathParam("pupilId") long pupilId,
            @QueryParam("expected") @NotNull String expected) {
        String cell = attendances.remove(lessonId, pupilId, expected);
        return new EntryData(lessonId, pupilId, null, null, false, cell);
    }
}
