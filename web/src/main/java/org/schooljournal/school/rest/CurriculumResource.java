package org.schooljournal.school.rest;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.math.BigDecimal;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.schooljournal.platform.rest.CallerLanguage;
import org.schooljournal.school.boundary.AssignmentLoad;
import org.schooljournal.school.boundary.Curriculum;
import org.schooljournal.school.boundary.CurriculumLineData;
import org.schooljournal.school.boundary.LoadData;

/** The school's curriculum (учебный план) per grade and its teaching load (R-S08). */
@ApplicationScoped
@Path("curriculum")
@Produces(MediaType.APPLICATION_JSON)
public class CurriculumResource {
    /** The body of a PUT of a curriculum line's weekly hours. */
    public record HoursInput(@NotNull BigDecimal hours) {}

    /** The body of a PUT of an assignment's weekly hours; null clears them. */
    public record AssignmentHoursInput(BigDecimal hours) {}

    /** The answer of filling the hours from the timetable. */
    public record Seeded(int set) {}

    @EJB Curriculum curriculum;

    @Context HttpHeaders headers;

    @GET
    @Operation(
            summary = "The basic curriculum of a grade (?grade=1..11): subjects and hours a week")
    public List<CurriculumLineData> lines(@QueryParam("grade") @NotNull Integer grade) {
        return curriculum.lines(grade);
    }

    @PUT
    @Path("grades/{grade}/subjects/{subjectId}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            summary =
                    "Set the hours a week {hours} (0.5..40) of a subject in a grade's curriculum,"
                            + " adding the line when missing")
    public CurriculumLineData setHours(
            @PathParam("grade") int grade,
            @PathParam("subjectId") long subjectId,
            @NotNull @Valid HoursInput input) {
        return curriculum.setHours(grade, subjectId, input.hours());
    }

    @DELETE
    @Path("lines/{id}")
    @Operation(summary = "Remove a line of the curriculum")
    public Response remove(@PathParam("id") long id) {
        curriculum.remove(id);
        return Response.noContent().build();
    }

    @GET
    @Path("load")
    @Operation(
            summary =
                    "The teaching load: each teacher's total, planned/assigned/unassigned hours per"
                            + " class and subject, the assignments with their hours, violations")
    public LoadData load() {
        return curriculum.load().in(CallerLanguage.of(headers));
    }

    @PUT
    @Path("assignments/{id}/hours")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            summary =
                    "Set the hours a week {hours} of a teaching assignment (null clears them);"
                            + " refused (409, naming class, subject, planned and requested hours)"
                            + " above the curriculum")
    public AssignmentLoad setAssignmentHours(
            @PathParam("id") long id, @NotNull AssignmentHoursInput input) {
        return curriculum.setAssignmentHours(id, input.hours());
    }

    @POST
    @Path("load/from-timetable")
    @Operation(
            summary =
                    "Set the hours of each assignment without hours to its number of weekly"
                            + " timetable slots; idempotent, answers {set}")
    public Seeded seedFromTimetable() {
        return new Seeded(curriculum.seedFromTimetable());
    }
}
