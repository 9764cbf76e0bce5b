package org.schooljournal.calendar.rest;

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
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.schooljournal.calendar.boundary.BellScheduleData;
import org.schooljournal.calendar.boundary.BellSchedules;
import org.schooljournal.calendar.boundary.ClassRegime;
import org.schooljournal.calendar.control.BellSchedule;
import org.schooljournal.platform.rest.ApiRefusal;

/** The school's bell schedules and each class's shift and schedule (R-S10). */
@ApplicationScoped
@Path("bell-schedules")
@Produces(MediaType.APPLICATION_JSON)
public class BellSchedulesResource {
    /** One lesson's bells, times as HH:mm. */
    public record PeriodInput(@NotNull Integer number, String start, String end) {}

    /** The body of a POST or PUT: the schedule's name and all of its lessons. */
    public record ScheduleInput(String name, List<@NotNull @Valid PeriodInput> periods) {}

    /** The body of a PUT on a class: shift 1 or 2 and a schedule (null: the main one). */
    public record RegimeInput(@NotNull Integer shift, Long scheduleId) {}

    @EJB BellSchedules bellSchedules;

    @GET
    @Operation(
            summary = "The school's bell schedules, the main one first, with periods and classes")
    public List<BellScheduleData> all() {
        return bellSchedules.all();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            summary =
                    "Add a schedule {name, periods: [{number, start, end}]}; broken bells are"
                            + " refused (400, naming the lessons), a taken name too (409)")
    public Response add(@NotNull @Valid ScheduleInput input, @Context UriInfo uri) {
        BellScheduleData added = bellSchedules.save(null, input.name(), periods(input));
        return Response.created(
                        uri.getAbsolutePathBuilder().path(String.valueOf(added.id())).build())
                .entity(added)
                .build();
    }

    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            summary =
                    "Replace a schedule's name and periods as a whole; nothing is stored when a"
                            + " rule is broken or a class following it is of the other shift")
    public BellScheduleData replace(@PathParam("id") long id, @NotNull @Valid ScheduleInput input) {
        return bellSchedules.save(id, input.name(), periods(input));
    }

    @DELETE
    @Path("{id}")
    @Operation(
            summary =
                    "Remove a schedule; refused (409) for the main one or while a class follows it")
    public Response remove(@PathParam("id") long id) {
        bellSchedules.delete(id);
        return Response.noContent().build();
    }

    @GET
    @Path("classes")
    @Operation(summary = "The current classes with their week days, shift and bell schedule")
    public List<ClassRegime> classes() {
        return bellSchedules.regimes();
    }

    @PUT
    @Path("classes/{classId}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            summary =
                    "Set a class's {shift, scheduleId} (null: the main schedule); a schedule of"
                            + " the other shift is refused (409)")
    public ClassRegime setClass(
            @PathParam("classId") long classId, @NotNull @Valid RegimeInput input) {
        return bellSchedules.setClass(classId, input.shift(), input.scheduleId());
    }

    private static List<BellSchedule.Period> periods(ScheduleInput input) {
        if (input.periods() == null) {
            return null;
        }
        List<BellSchedule.Period> periods = new ArrayList<>();
        for (int i = 0; i < input.periods().size(); i++) {
            PeriodInput p = input.periods().get(i);
            periods.add(
                    new BellSchedule.Period(
                            p.number(),
                            time(p.start(), "periods[" + i + "].start"),
                            time(p.end(), "periods[" + i + "].end")));
        }
        return periods;
    }

    private static LocalTime time(String value, String field) {
        try {
            return LocalTime.parse(value == null ? "" : value.strip());
        } catch (DateTimeParseException e) {
            throw ApiRefusal.invalid(new ApiRefusal.Field(field, "problem.parameter.time"))
                    .causedBy(e);
        }
    }
}
