package org.schooljournal.school.rest;

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
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.schooljournal.school.boundary.RoomData;
import org.schooljournal.school.boundary.Rooms;

/** The school's rooms (R-S04), which the timetable names by their name. */
@ApplicationScoped
@Path("rooms")
@Produces(MediaType.APPLICATION_JSON)
public class RoomsResource {
    /** The body of a POST. */
    public record RoomInput(String name, Integer floor, String description, Integer capacity) {}

    /** The body of a PUT of the name. */
    public record NameInput(String name) {}

    @EJB Rooms rooms;

    @GET
    @Operation(summary = "The school's rooms by name, with the number of timetable slots in each")
    public List<RoomData> all() {
        return rooms.all();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            summary =
                    "Add a room {name, floor, description, capacity}; a name the school already"
                            + " has is refused (409, naming it)")
    public Response add(@NotNull RoomInput input, @Context UriInfo uri) {
        RoomData added =
                rooms.add(input.name(), input.floor(), input.description(), input.capacity());
        return Response.created(
                        uri.getAbsolutePathBuilder().path(String.valueOf(added.id())).build())
                .entity(added)
                .build();
    }

    @PUT
    @Path("{id}/name")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            summary =
                    "Rename the room {name}; a name the school already has is refused; the"
                            + " timetable follows the new name")
    public RoomData rename(@PathParam("id") long id, @NotNull NameInput input) {
        return rooms.rename(id, input.name());
    }

    @DELETE
    @Path("{id}")
    @Operation(
            summary =
                    "Remove the room; refused (409, naming it) while the timetable holds lessons"
                            + " in it")
    public Response remove(@PathParam("id") long id) {
        rooms.remove(id);
        return Response.noContent().build();
    }
}
