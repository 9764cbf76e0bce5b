package org.schooljournal.diary.rest;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.schooljournal.diary.boundary.Extracts;

/** R-D03: paper extracts of marks, period marks and attendance (PDF/A-2b). */
@ApplicationScoped
@Path("extracts")
@Produces("application/pdf")
public class ExtractResource {
    @EJB Extracts extracts;

    @GET
    @Path("pupils/{pupilId}")
    @Operation(
            summary =
                    "A pupil's extract for the study period holding `date` (default today): its"
                            + " homeroom teacher, the deputy head, the head, or its parent")
    public Response pupil(@PathParam("pupilId") long pupilId, @QueryParam("date") String date) {
        return pdf(extracts.pupil(pupilId, day(date)), "extract-" + pupilId + ".pdf");
    }

    @GET
    @Path("classes/{classId}")
    @Operation(
            summary =
                    "The class's extracts in one file, a pupil per page, for the study period"
                            + " holding `date` (default today): the homeroom teacher, deputy, head")
    public Response ofClass(@PathParam("classId") long classId, @QueryParam("date") String date) {
        return pdf(extracts.ofClass(classId, day(date)), "extracts-class-" + classId + ".pdf");
    }

    private static LocalDate day(String date) {
        return date == null || date.isBlank() ? null : LocalDate.parse(date);
    }

    private static Response pdf(byte[] bytes, String name) {
        return Response.ok(bytes, "application/pdf")
                .header("Content-Disposition", "inline; filename=\"" + name + "\"")
                .header("Cache-Control", "private, no-store")
                .build();
    }
}
