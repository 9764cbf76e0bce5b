package org.schooljournal.journal.rest;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.schooljournal.journal.boundary.JournalSignatures;
import org.schooljournal.journal.boundary.SignatureCheck;

/** The electronic signature of a journal's period (R-J14). */
@ApplicationScoped
@Path("journals/{assignmentId}/periods/{periodId}/signature")
@Produces(MediaType.APPLICATION_JSON)
public class JournalSignaturesResource {
    @EJB JournalSignatures signatures;

    @POST
    @Operation(
            summary =
                    "The journal's teacher signs the period's journal as it is now (also when the"
                            + " period is closed); audited")
    public SignatureCheck sign(
            @PathParam("assignmentId") long assignmentId, @PathParam("periodId") long periodId) {
        return signatures.sign(assignmentId, periodId);
    }

    @GET
    @Operation(
            summary =
                    "The current signature: who signed and when, whether the journal is unchanged"
                            + " since (intact) and whether the server's signature verifies")
    public SignatureCheck check(
            @PathParam("assignmentId") long assignmentId, @PathParam("periodId") long periodId) {
        return signatures.verify(assignmentId, periodId);
    }

    @GET
    @Path("history")
    @Operation(summary = "Every signing of the period's journal, the latest first")
    public List<SignatureCheck> history(
            @PathParam("assignmentId") long assignmentId, @PathParam("periodId") long periodId) {
        return signatures.history(assignmentId, periodId);
    }
}
