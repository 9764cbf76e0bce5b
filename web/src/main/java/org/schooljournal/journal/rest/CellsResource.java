package org.schooljournal.journal.rest;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.schooljournal.journal.boundary.CellData;
import org.schooljournal.journal.boundary.Cells;
import org.schooljournal.journal.control.CellText;

/** A journal cell (lesson × pupil) written as a whole: what the grid sends, one request a cell. */
@ApplicationScoped
@Path("lessons/{lessonId}/cells/{pupilId}")
@Produces(MediaType.APPLICATION_JSON)
public class CellsResource {
    /**
     * The body of a PUT: {@code text} the cell's new text as the grid shows it («Б/4», «5/4к»; ""
     * clears it), {@code expected} the text it replaces ("" for an empty cell): required, so that a
     * cell changed meanwhile is refused (409 with {@code current}) instead of overwritten.
     */
    public record CellInput(
            @NotNull @Size(max = CellText.MAX_LENGTH) String text,
            @NotNull @Size(max = CellText.MAX_LENGTH) String expected) {
        /**
         * Written out so that the constraints stay on the fields and off the constructor's
         * parameters, where Payara's OpenAPI scanner fails on them (see {@code PeriodInput}).
         */
        public CellInput(String text, String expected) {
            this.text = text;
            this.expected = expected;
        }
    }

    @EJB Cells cells;

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            summary =
                    "Write a journal cell as a whole (marks with work-type letters and attendance)"
                            + " in one transaction; only the journal's teacher may")
    public CellData write(
            @PathParam("lessonId") long lessonId,
            @PathParam("pupilId") long pupilId,
            @NotNull @Valid CellInput input) {
        return cells.write(lessonId, pupilId, input.text(), input.expected());
    }
}
