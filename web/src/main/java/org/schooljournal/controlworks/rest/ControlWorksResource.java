package org.schooljournal.controlworks.rest;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.schooljournal.controlworks.boundary.ControlWorkData;
import org.schooljournal.controlworks.boundary.ControlWorks;

/** The internal control-work schedule of the school (ВШК). */
@ApplicationScoped
@Path("control-works")
@Produces(MediaType.APPLICATION_JSON)
public class ControlWorksResource {
    /** The body of a POST: a control work to schedule. */
    public record ControlWorkInput(
            @NotNull Long classId,
            @NotNull Long subjectId,
            LocalDate date,
            String form,
            String topic) {}

    @EJB ControlWorks works;

    @GET
    @Operation(
            summary =
                    "The control works from..to (ISO dates, both inclusive), optionally of one class"
                            + " (?classId=), by date")
    public List<ControlWorkData> between(
            @QueryParam("from") @NotNull String from,
            @QueryParam("to") @NotNull String to,
            @QueryParam("classId") Long classId) {
        return works.between(LocalDate.parse(from), LocalDate.parse(to), classId);
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One control work")
    public ControlWorkData get(@PathParam("id") long id) {
        return works.get(id);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            summary =
                    "Schedule a control work {classId, subjectId, date, form, topic}; refused (400)"
                            + " for a subject the class does not study or a day without lessons,"
                            + " (409) when the class already writes one that day")
    public Response schedule(@NotNull @Valid ControlWorkInput input, @Context UriInfo uri) {
        ControlWorkData work =
                works.schedule(
                        input.classId(),
                        input.subjectId(),
                        input.date(),
                        input.form(),
                        input.topic());
        return Response.created(
                        uri.getAbsolutePathBuilder().path(String.valueOf(work.id())).build())
                .entity(work)
                .build();
    }

    @DELETE
    @Path("{id}")
    @Operation(summary = "Take a control work out of the schedule")
    public Response remove(@PathParam("id") long id) {
        works.remove(id);
        return Response.noContent().build();
    }
}
