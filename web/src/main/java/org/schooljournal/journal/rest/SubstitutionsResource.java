package org.schooljournal.journal.rest;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.schooljournal.journal.boundary.Substitutions;

/** Substitutions and moved lessons (R-J06), recorded by the deputy head. */
@ApplicationScoped
@Path("lessons/{lessonId}/schedule")
@Consumes(MediaType.APPLICATION_JSON)
public class SubstitutionsResource {
    public record SubstituteInput(Long staffId) {}

    public record MoveInput(@NotNull LocalDate date, @NotNull Integer number) {}

    @EJB Substitutions substitutions;

    @PUT
    @Path("given-by")
    @Operation(summary = "Another teacher gives the lesson {staffId}; null: the journal's own")
    public Response substitute(@PathParam("lessonId") long lessonId, SubstituteInput in) {
        substitutions.substitute(lessonId, in == null ? null : in.staffId());
        return Response.noContent().build();
    }

    @PUT
    @Path("slot")
    @Operation(summary = "Move the lesson {date, number}; what was entered in it moves along")
    public Response move(@PathParam("lessonId") long lessonId, @NotNull @Valid MoveInput in) {
        substitutions.move(lessonId, in.date(), in.number());
        return Response.noContent().build();
    }
}
