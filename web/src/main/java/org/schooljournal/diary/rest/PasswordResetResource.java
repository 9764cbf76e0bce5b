package org.schooljournal.diary.rest;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.schooljournal.diary.boundary.PasswordResets;
import org.schooljournal.platform.rest.CallerLanguage;

/** R-A04: the school administrator resets a password of its school to a new one-time one. */
@ApplicationScoped
@Path("accounts/{login}/password-reset")
public class PasswordResetResource {
    /** The new one-time password, shown only in this answer. */
    public record NewPassword(String login, String fullName, String password) {}

    @EJB PasswordResets resets;

    @Context UriInfo uri;

    @Context HttpHeaders headers;

    @POST
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(
            summary =
                    "Reset the password of an account of the school to a new one-time password"
                            + " {login, fullName, password}, shown only this once; the old one"
                            + " stops working and the next sign-in must choose a new one")
    public Response reset(@PathParam("login") String login) {
        PasswordResets.Reset reset =
                resets.reset(
                        login, FamilyAccessResource.diaryAddress(uri), CallerLanguage.of(headers));
        return Response.ok(new NewPassword(reset.login(), reset.fullName(), reset.password()))
                .header("Cache-Control", "no-store")
                .build();
    }

    @POST
    @Path("slip")
    @Produces("application/pdf")
    @Operation(summary = "As the reset, the new one-time password printed as a slip (PDF/A-2b)")
    public Response slip(@PathParam("login") String login) {
        PasswordResets.Reset reset =
                resets.reset(
                        login, FamilyAccessResource.diaryAddress(uri), CallerLanguage.of(headers));
        return Response.ok(reset.slip(), "application/pdf")
                .header("Cache-Control", "no-store")
                .header("Content-Disposition", "attachment; filename=\"password-slip.pdf\"")
                .build();
    }
}
