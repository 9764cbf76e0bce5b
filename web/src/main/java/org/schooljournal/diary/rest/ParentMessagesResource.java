package org.schooljournal.diary.rest;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.schooljournal.diary.boundary.ParentMessages;
import org.schooljournal.diary.entity.ParentMessage;

/** R-J13: a journal's teacher writes to a pupil's parents. */
@ApplicationScoped
@Path("journals/{assignmentId}/pupils/{pupilId}/messages")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ParentMessagesResource {
    public record MessageInput(ParentMessage.Kind kind, String body) {}

    @EJB ParentMessages messages;

    @POST
    @Operation(summary = "A message or a recommendation {kind: MESSAGE | RECOMMENDATION, body}")
    public Response post(
            @PathParam("assignmentId") long assignmentId,
            @PathParam("pupilId") long pupilId,
            @NotNull MessageInput in) {
        return Response.status(Response.Status.CREATED)
                .entity(
                        messages.post(
                                assignmentId,
                                pupilId,
                                in.kind() == null ? ParentMessage.Kind.MESSAGE : in.kind(),
                                in.body()))
                .build();
    }
}
