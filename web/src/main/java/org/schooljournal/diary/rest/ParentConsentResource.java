package org.schooljournal.diary.rest;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.schooljournal.diary.boundary.ConsentData;
import org.schooljournal.diary.boundary.Consents;

/**
 * R-A05: a parent's consent or refusal to the processing of its personal data, recorded from the
 * paper it signed; its history.
 */
@ApplicationScoped
@Path("parents/{guardianId}/consents")
@Produces(MediaType.APPLICATION_JSON)
public class ParentConsentResource {
    /**
     * A decision as written on the paper the parent signed. Only {@code @NotNull} here: Payara
     * 6.2025.9's OpenAPI scan fails on {@code @NotBlank}, {@code @Size} and their kin on a
     * parameter that is not a path parameter, a record's included (payara/Payara#7649; OpenApiIT
     * caught it), so the boundary's {@code @NotBlank @Size(max = 100)} and {@code ConsentRule}
     * refuse a blank or long reference and an unknown decision, in the caller's language as well.
     */
    public record Decision(
            @NotNull String decision, @NotNull LocalDate decidedOn, @NotNull String paperRef) {}

    @EJB Consents consents;

    @GET
    @Operation(summary = "A parent's recorded decisions, newest first")
    public List<ConsentData> history(@PathParam("guardianId") long guardianId) {
        return consents.history(guardianId);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Record a parent's consent or refusal (a new record; the history stays)")
    public Response record(@PathParam("guardianId") long guardianId, @NotNull @Valid Decision in) {
        return Response.status(Response.Status.CREATED)
                .entity(consents.record(guardianId, in.decision(), in.decidedOn(), in.paperRef()))
                .build();
    }
}
