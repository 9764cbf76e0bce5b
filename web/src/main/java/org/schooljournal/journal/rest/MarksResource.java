package org.schooljournal.journal.rest;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.schooljournal.journal.boundary.EntryData;
import org.schooljournal.journal.boundary.MarkData;
import org.schooljournal.journal.boundary.Marks;
import org.schooljournal.journal.entity.WorkType;

/** Putting and clearing a mark in a journal cell (lesson × pupil × work type). */
@ApplicationScoped
@Path("lessons/{lessonId}/marks/{pupilId}")
@Produces(MediaType.APPLICATION_JSON)
public class MarksResource {
    /**
     * The body of a PUT: the mark and what it was given for; {@code expected}: the cell's text the
     * client last saw (see CellText; "" for an empty cell), so that a cell changed meanwhile is not
     * overwritten: required, a client that leaves it out would overwrite blindly.
     */
    public record MarkInput(String value, WorkType workType, @NotNull String expected) {}

    @EJB Marks marks;

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Set a pupil's mark in a lesson (only the journal's teacher may)")
    public MarkData put(
            @PathParam("lessonId") long lessonId,
            @PathParam("pupilId") long pupilId,
            @NotNull @Valid MarkInput input) {
        WorkType workType = input.workType() == null ? WorkType.ANSWER : input.workType();
        return marks.put(lessonId, pupilId, workType, input.value(), input.expected());
    }

    @DELETE
    @Operation(
            summary =
                    "Clear a pupil's mark of a work type in a lesson; answers the cell's text after"
                            + " it")
    public EntryData remove(
            @PathParam("lessonId") long lessonId,
            @PathParam("pupilId") long pupilId,
            @QueryParam("workType") @DefaultValue("ANSWER") WorkType workType,
            @QueryParam("expected") @NotNull String expected) {
        String cell = marks.remove(lessonId, pupilId, workType, expected);
        return new EntryData(lessonId, pupilId, null, null, false, cell);
    }
}
