package org.schooljournal.diary.rest;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.schooljournal.diary.boundary.FamilyMail;
import org.schooljournal.diary.boundary.InvitationResult;

/** R-D04: the homeroom teacher's letter to its class's parents about the diary and its services. */
@ApplicationScoped
@Path("classes/{classId}/family-letter")
@Produces(MediaType.APPLICATION_JSON)
public class FamilyLetterResource {
    @EJB FamilyMail mail;

    @Context UriInfo uri;

    @POST
    @Operation(
            summary =
                    "Queue the letter about the diary to the class's parents who consented and"
                            + " have an e-mail address; the others are named with why not")
    public InvitationResult send(@PathParam("classId") long classId) {
        return mail.invite(classId, FamilyAccessResource.diaryAddress(uri));
    }
}
