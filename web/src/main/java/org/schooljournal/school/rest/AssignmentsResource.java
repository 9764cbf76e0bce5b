package org.schooljournal.school.rest;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.schooljournal.school.boundary.AssignmentLoad;
import org.schooljournal.school.boundary.Assignments;

/** The teaching load's rows (R-S08): who teaches a subject to a class or a group (R-S06). */
@ApplicationScoped
@Path("assignments")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class AssignmentsResource {
    public record AssignmentInput(long teacherId, long subjectId, Long classId, Long groupId) {}

    public record TeacherInput(long teacherId) {}

    @EJB Assignments assignments;

    @POST
    @Operation(
            summary =
                    "A teacher teaches a subject to a class or a group {teacherId, subjectId,"
                            + " classId | groupId}; a subject with a teacher there is refused (409)")
    public Response assign(@NotNull @Valid AssignmentInput in) {
        AssignmentLoad created =
                assignments.create(in.teacherId(), in.subjectId(), in.classId(), in.groupId());
        return Response.status(Response.Status.CREATED).entity(created).build();
    }

    @PUT
    @Path("{id}/teacher")
    public AssignmentLoad changeTeacher(@PathParam("id") long id, @NotNull TeacherInput in) {
        return assignments.changeTeacher(id, in.teacherId());
    }

    @DELETE
    @Path("{id}")
    @Operation(summary = "Remove a load row; refused (409) once its lessons hold marks")
    public Response unassign(@PathParam("id") long id) {
        assignments.remove(id);
        return Response.noContent().build();
    }
}
