package org.schooljournal.diary.rest;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.schooljournal.diary.boundary.FamilyAccess;
import org.schooljournal.diary.boundary.FamilyAccessList;
import org.schooljournal.diary.boundary.IssuedSlips;
import org.schooljournal.platform.rest.CallerLanguage;

/** R-A04: the homeroom teacher issues access to its class's pupils and parents. */
@ApplicationScoped
@Path("classes/{classId}/family-access")
@Produces(MediaType.APPLICATION_JSON)
public class FamilyAccessResource {
    /** The selection: keys «p{pupilId}» and «g{guardianId}» as the list gives them. */
    public record Selection(@NotNull Set<String> keys) {}

    @EJB FamilyAccess access;

    @Context UriInfo uri;

    @Context HttpHeaders headers;

    @GET
    @Operation(summary = "The class's pupils and parents with their logins and sign-in status")
    public FamilyAccessList list(@PathParam("classId") long classId) {
        return access.list(classId);
    }

    @POST
    @Path("slips")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces("application/pdf")
    @Operation(
            summary =
                    "Issue logins and one-time passwords to the selected pupils and parents; their"
                            + " slips as a PDF (X-Slips: how many; those signed in are skipped)")
    public Response slips(@PathParam("classId") long classId, @NotNull Selection in) {
        IssuedSlips issued =
                access.issue(classId, in.keys(), diaryAddress(uri), CallerLanguage.of(headers));
        return Response.ok(issued.pdf(), "application/pdf")
                .header("Content-Disposition", "attachment; filename=\"access-slips.pdf\"")
                .header("X-Slips", issued.count())
                .header("X-Skipped", issued.skipped().size())
                .build();
    }

    /** The application's address (without /api/v1/), as the caller reached it. */
    static String diaryAddress(UriInfo uri) {
        String base = uri.getBaseUri().toString();
        return base.replaceFirst("api/v1/?$", "");
    }
}
