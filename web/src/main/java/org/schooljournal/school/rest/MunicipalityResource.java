package org.schooljournal.school.rest;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.schooljournal.school.boundary.CreatedSchool;
import org.schooljournal.school.boundary.Municipality;
import org.schooljournal.school.boundary.NewAccount;
import org.schooljournal.school.boundary.SchoolCount;

/** The municipality's schools (R-T02): counts without personal data, and creating a school. */
@ApplicationScoped
@Path("municipality/schools")
@Produces(MediaType.APPLICATION_JSON)
public class MunicipalityResource {
    /** The body of a POST: the school and its first head and administrator. */
    public record NewSchool(String name, String shortName, NewAccount head, NewAccount admin) {}

    @EJB Municipality municipality;

    @GET
    @Operation(
            summary =
                    "Every school of the municipality with its number of classes, pupils and"
                            + " staff (no personal data)")
    public List<SchoolCount> schools() {
        return municipality.schools();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            summary =
                    "Create a school with its head and school administrator (municipal"
                            + " administrator only). 201 with both logins and their one-time"
                            + " passwords, shown only in this response; 409 if the short name or a"
                            + " login is taken, and then nothing is created")
    public Response create(@NotNull NewSchool school) {
        CreatedSchool created =
                municipality.createSchool(
                        school.name(), school.shortName(), school.head(), school.admin());
        return Response.status(Response.Status.CREATED)
                .entity(created)
                .header("Cache-Control", "no-store")
                .build();
    }
}
