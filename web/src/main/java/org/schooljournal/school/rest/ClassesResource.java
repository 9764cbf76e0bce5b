package org.schooljournal.school.rest;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.schooljournal.school.boundary.ClassSummary;
import org.schooljournal.school.boundary.Classes;

/** The classes of the caller's school with their homeroom teachers (R-S05). */
@ApplicationScoped
@Path("classes")
@Produces(MediaType.APPLICATION_JSON)
public class ClassesResource {
    /** The body of a POST: a new class, its homeroom teacher optional. */
    public record ClassInput(@NotNull Integer grade, String letter, Long classTeacherId) {}

    /** The body of a PUT of the homeroom teacher; a null staffId leaves the class without one. */
    public record ClassTeacherInput(Long staffId) {}

    @EJB Classes classes;

    @GET
    @Operation(
            summary =
                    "The classes of the caller's school with their number of pupils and homeroom"
                            + " teacher")
    public List<ClassSummary> all() {
        return classes.all();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            summary =
                    "Create a class {grade, letter, classTeacherId}; a class the school already"
                            + " has is refused (409, naming it)")
    public Response create(@NotNull @Valid ClassInput input, @Context UriInfo uri) {
        ClassSummary created =
                classes.create(input.grade(), input.letter(), input.classTeacherId());
        return Response.created(
                        uri.getAbsolutePathBuilder().path(String.valueOf(created.id())).build())
                .entity(created)
                .build();
    }

    @PUT
    @Path("{id}/class-teacher")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            summary =
                    "Make the member of staff {staffId} the class's homeroom teacher (null for"
                            + " none); grants it the class_teacher role, which a teacher leading"
                            + " no class any more loses")
    public ClassSummary assignClassTeacher(
            @PathParam("id") long id, @NotNull ClassTeacherInput input) {
        return classes.assignClassTeacher(id, input.staffId());
    }
}
