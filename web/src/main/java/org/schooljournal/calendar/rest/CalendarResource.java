package org.schooljournal.calendar.rest;

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
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.schooljournal.calendar.boundary.Calendars;
import org.schooljournal.calendar.boundary.HolidayInput;
import org.schooljournal.calendar.boundary.PeriodInput;
import org.schooljournal.calendar.boundary.YearData;

/** The school's academic years: study periods per grade range, holidays and days off. */
@ApplicationScoped
@Path("calendar/years")
@Produces(MediaType.APPLICATION_JSON)
public class CalendarResource {
    /** The body of a PUT of a plan: all periods and all holidays of the year, replacing the old. */
    public record PlanInput(List<PeriodInput> periods, List<HolidayInput> holidays) {}

    @EJB Calendars calendars;

    @GET
    @Operation(summary = "The school's academic years, the latest first, with periods and holidays")
    public List<YearData> years() {
        return calendars.years();
    }

    @GET
    @Path("{yearId}")
    @Operation(summary = "An academic year with its study periods and holidays")
    public YearData year(@PathParam("yearId") long yearId) {
        return calendars.year(yearId);
    }

    @POST
    @Operation(
            summary =
                    "Create the standard year starting in startYear (e.g. ?startYear=2026 for"
                            + " 2026/2027): quarters for grades 1-9, half-years for 10-11, the usual"
                            + " holidays (201 + the year)")
    public Response createStandard(
            @QueryParam("startYear") @NotNull Integer startYear, @Context UriInfo uri) {
        long id = calendars.createStandardYear(startYear);
        return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(id)).build())
                .entity(calendars.year(id))
                .build();
    }

    @PUT
    @Path("{yearId}/plan")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            summary =
                    "Replace the year's periods and holidays as a whole; an invalid plan is refused"
                            + " (400, naming the problem) and nothing is changed")
    public YearData replacePlan(@PathParam("yearId") long yearId, @NotNull PlanInput plan) {
        calendars.replacePlan(yearId, plan.periods(), plan.holidays());
        return calendars.year(yearId);
    }
}
