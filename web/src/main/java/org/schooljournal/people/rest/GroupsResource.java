package org.schooljournal.people.rest;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.schooljournal.people.boundary.GroupData;
import org.schooljournal.people.boundary.StudyGroups;

/** Study groups and streams (R-S06): a class split for a subject, pupils of several classes. */
@ApplicationScoped
@Path("groups")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class GroupsResource {
    /** Split a class: «{prefix}, гр. 1» … «{prefix}, гр. {parts}». */
    public record SplitInput(long classId, String prefix, int parts) {}

    /** A new group: of a class (classId) or a stream (grade, no classId). */
    public record GroupInput(String name, Long classId, Integer grade) {}

    public record MembersInput(Set<Long> pupilIds) {}

    @EJB StudyGroups groups;

    @GET
    @Operation(summary = "The school's study groups and streams with members and journals")
    public List<GroupData> all() {
        return groups.all();
    }

    @GET
    @Path("{id}")
    public GroupData one(@PathParam("id") long id) {
        return groups.one(id);
    }

    @POST
    @Path("split")
    @Operation(summary = "Split a class into 2-4 groups, pupils shared out alphabetically")
    public List<GroupData> split(@NotNull SplitInput in) {
        return groups.split(in.classId(), in.prefix(), in.parts());
    }

    @POST
    @Operation(summary = "A group of a class {name, classId} or a stream {name, grade}")
    public Response create(@NotNull GroupInput in) {
        GroupData created =
                in.classId() != null
                        ? groups.createInClass(in.classId(), in.name())
                        : groups.createStream(in.name(), in.grade() == null ? 0 : in.grade());
        return Response.status(Response.Status.CREATED).entity(created).build();
    }

    @PUT
    @Path("{id}/members")
    @Operation(summary = "Replace the members; a group of a class takes only its pupils")
    public GroupData members(@PathParam("id") long id, @NotNull MembersInput in) {
        return groups.setMembers(id, in.pupilIds() == null ? Set.of() : in.pupilIds());
    }

    @DELETE
    @Path("{id}")
    @Operation(summary = "Remove a group; refused (409) once it has lessons")
    public Response remove(@PathParam("id") long id) {
        groups.remove(id);
        return Response.noContent().build();
    }
}
