package org.schooljournal.diary.rest;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.schooljournal.diary.boundary.AcknowledgementList;
import org.schooljournal.diary.boundary.Acknowledgements;

/** R-A06: who of a class's families has not looked at the diary, and reminding them. */
@ApplicationScoped
@Path("classes/{classId}/acknowledgement")
@Produces(MediaType.APPLICATION_JSON)
public class AcknowledgementResource {
    /** A reminder: to the parents who have not looked for {@code days} days, with this text. */
    public record ReminderInput(int days, String text) {}

    /** How many pupils' parents were reminded. */
    public record Reminded(int reminded) {}

    @EJB Acknowledgements acknowledgements;

    @GET
    @Operation(
            summary =
                    "The class's pupils and parents with their last visit to the diary (those who"
                            + " have not looked for `days` days, default 7, first) and the"
                            + " messages of those days unread by parents")
    public AcknowledgementList list(
            @PathParam("classId") long classId, @QueryParam("days") @DefaultValue("7") int days) {
        return acknowledgements.of(classId, days);
    }

    @POST
    @Path("reminders")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            summary =
                    "Remind {days, text} the parents who have not looked at the diary for `days`"
                            + " days: a reminder in each such pupil's diary; answers {reminded}")
    public Reminded remind(@PathParam("classId") long classId, @NotNull ReminderInput in) {
        return new Reminded(acknowledgements.remind(classId, in.days(), in.text()));
    }
}
