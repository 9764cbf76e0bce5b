package org.schooljournal.journal.rest;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.schooljournal.journal.boundary.EntryData;
import org.schooljournal.journal.boundary.LessonNotes;

/** A lesson's topic and homework (R-J02, R-J03). */
@ApplicationScoped
@Path("lessons/{lessonId}")
@Produces(MediaType.APPLICATION_JSON)
public class LessonNotesResource {
    /** The body of a PUT; {@code noHomework}: «Не задано». */
    public record NotesInput(
            String topic,
            String homework,
            boolean noHomework,
            @jakarta.validation.constraints.Min(1) @jakarta.validation.constraints.Max(240)
                    Integer homeworkMinutes) {
        /**
         * Written out so that the constraints stay on the fields and off the constructor's
         * parameters, where Payara's OpenAPI scanner fails on them (see {@code CellsResource}).
         */
        public NotesInput(
                String topic, String homework, boolean noHomework, Integer homeworkMinutes) {
            this.topic = topic;
            this.homework = homework;
            this.noHomework = noHomework;
            this.homeworkMinutes = homeworkMinutes;
        }
    }

    @EJB LessonNotes notes;

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            summary =
                    "Set the topic and the homework (or noHomework: «Не задано»); homework later"
                            + " than 3 hours after the class's lessons end is kept but flagged late")
    public EntryData describe(
            @PathParam("lessonId") long lessonId, @NotNull @Valid NotesInput input) {
        return notes.describe(
                lessonId,
                input.topic(),
                input.homework(),
                input.noHomework(),
                input.homeworkMinutes());
    }
}
