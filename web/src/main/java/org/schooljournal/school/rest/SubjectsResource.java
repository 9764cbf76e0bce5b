package org.schooljournal.school.rest;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
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
import org.schooljournal.school.boundary.SubjectData;
import org.schooljournal.school.boundary.Subjects;
import org.schooljournal.school.entity.Grading;

/** The school's subjects: the federal list, its own component and the grading of each. */
@ApplicationScoped
@Path("subjects")
@Produces(MediaType.APPLICATION_JSON)
public class SubjectsResource {
    /** The body of a POST: a subject of the school's own component. */
    public record SubjectInput(String name, Grading grading) {}

    /** The body of a PUT of the grading. */
    public record GradingInput(Grading grading) {}

    /** The answer of seeding the federal list. */
    public record Seeded(int added) {}

    /** The body of a PUT of the name. */
    public record NameInput(String name) {}

    /** The default minutes of the subject's homework; null clears them. */
    public record MinutesInput(Integer minutes) {}

    @EJB Subjects subjects;

    @GET
    @Operation(summary = "The school's subjects by name, with grading, federal or own, assignments")
    public List<SubjectData> all() {
        return subjects.all();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            summary =
                    "Add a subject of the school's own component {name, grading}; a name the school"
                            + " already has is refused (409, naming it)")
    public Response add(@NotNull SubjectInput input, @Context UriInfo uri) {
        SubjectData added = subjects.add(input.name(), input.grading());
        return Response.created(
                        uri.getAbsolutePathBuilder().path(String.valueOf(added.id())).build())
                .entity(added)
                .build();
    }

    @POST
    @Path("federal")
    @Operation(
            summary =
                    "Add the subjects of the federal list (ФБУП) that the school lacks, each with its"
                            + " default grading; idempotent, answers {added}")
    public Seeded seedFederal() {
        return new Seeded(subjects.seedFederal());
    }

    @PUT
    @Path("{id}/grading")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            summary =
                    "Change the subject's grading system {grading}; refused (409, naming the subject"
                            + " and the number of marks) when given marks would fall outside it")
    public SubjectData changeGrading(@PathParam("id") long id, @NotNull GradingInput input) {
        return subjects.changeGrading(id, input.grading());
    }

    @PUT
    @Path("{id}/homework-minutes")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            summary =
                    "Set the minutes the subject's homework counts when the teacher gives none"
                            + " {minutes} (1-240; null clears: the model's default), R-C01")
    public SubjectData changeHomeworkMinutes(
            @PathParam("id") long id, @NotNull MinutesInput input) {
        return subjects.changeHomeworkMinutes(id, input.minutes());
    }

    @PUT
    @Path("{id}/name")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Rename the subject {name}; a name the school already has is refused")
    public SubjectData rename(@PathParam("id") long id, @NotNull NameInput input) {
        return subjects.rename(id, input.name());
    }
}
