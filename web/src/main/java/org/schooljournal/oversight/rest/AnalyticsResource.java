package org.schooljournal.oversight.rest;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.schooljournal.oversight.boundary.Analytics;
import org.schooljournal.oversight.boundary.AnalyticsReport;

/** The analytics' series (R-C09), the tables beside the charts. Deputy head and head. */
@ApplicationScoped
@Path("oversight/analytics")
@Produces(MediaType.APPLICATION_JSON)
public class AnalyticsResource {
    @EJB Analytics analytics;

    @GET
    @Path("marks")
    @Operation(summary = "A class's marks in a subject per week of the period: average, 5/4/3/2")
    public AnalyticsReport.Marks marks(
            @QueryParam("period") Long period,
            @NotNull @QueryParam("class") Long classId,
            @NotNull @QueryParam("subject") Long subject) {
        return analytics.marks(period, classId, subject);
    }

    @GET
    @Path("attendance")
    @Operation(summary = "A class's lessons missed per week of the period")
    public AnalyticsReport.Attendance attendance(
            @QueryParam("period") Long period, @NotNull @QueryParam("class") Long classId) {
        return analytics.attendance(period, classId);
    }

    @GET
    @Path("rates")
    @Operation(summary = "A class's success and quality across the periods (and years) with marks")
    public AnalyticsReport.Rates rates(@NotNull @QueryParam("class") Long classId) {
        return analytics.rates(classId);
    }

    @GET
    @Path("teacher")
    @Operation(summary = "A teacher's journals side by side in the period")
    public AnalyticsReport.Teacher teacher(
            @QueryParam("period") Long period, @NotNull @QueryParam("teacher") Long teacher) {
        return analytics.teacher(period, teacher);
    }
}
