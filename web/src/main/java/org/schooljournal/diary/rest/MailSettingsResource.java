package org.schooljournal.diary.rest;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.schooljournal.diary.boundary.FamilyMail;
import org.schooljournal.diary.boundary.MailSettingsData;

/** R-D02: the signed-in parent's choice of letters: how often, which news, which language. */
@ApplicationScoped
@Path("diary/mail-settings")
@Produces(MediaType.APPLICATION_JSON)
public class MailSettingsResource {
    @EJB FamilyMail mail;

    @GET
    @Operation(summary = "The parent's e-mail settings (and whether the school may write to it)")
    public MailSettingsData settings() {
        return mail.settings();
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Choose the letters: DAILY, WEEKLY or NONE, which news, ru or en")
    public MailSettingsData save(@NotNull @Valid MailSettingsData in) {
        return mail.save(in);
    }
}
