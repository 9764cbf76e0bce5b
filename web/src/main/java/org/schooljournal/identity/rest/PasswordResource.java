package org.schooljournal.identity.rest;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.schooljournal.identity.boundary.Passwords;

/** The caller's own password; the only call open while a one-time password awaits its change. */
@ApplicationScoped
@Path("account/password")
public class PasswordResource {
    /** The current password and the new one (see PasswordPolicy). */
    public record PasswordChange(@NotNull String current, @NotNull String next) {}

    @EJB Passwords passwords;

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Replace the caller's password (required after a one-time password)")
    public void change(@NotNull @Valid PasswordChange change) {
        passwords.change(change.current(), change.next());
    }
}
