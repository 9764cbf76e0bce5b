package org.schooljournal.school.rest;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
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
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.schooljournal.school.boundary.NewStaffMember;
import org.schooljournal.school.boundary.StaffMember;
import org.schooljournal.school.boundary.StaffMembers;

/** The school's staff with their positions, logins and roles (R-S04, R-A01). */
@ApplicationScoped
@Path("staff")
@Produces(MediaType.APPLICATION_JSON)
public class StaffResource {
    /** The body of a POST: a new member of staff and the login of its new account. */
    public record StaffInput(
            String lastName,
            String firstName,
            String middleName,
            String position,
            String login,
            List<String> roles) {}

    /** The body of a PUT of the roles. */
    public record RolesInput(List<String> roles) {}

    @EJB StaffMembers staff;

    @GET
    @Operation(summary = "The school's staff with positions, logins and roles in this school")
    public List<StaffMember> all() {
        return staff.all();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            summary =
                    "Add a member of staff {lastName, firstName, middleName, position, login,"
                            + " roles} with a new account; answers {staff, login, password} with"
                            + " the one-time password, shown only this once. A taken login or a"
                            + " role a school cannot give is refused, naming it")
    public Response add(@NotNull StaffInput input, @Context UriInfo uri) {
        NewStaffMember added =
                staff.add(
                        input.lastName(),
                        input.firstName(),
                        input.middleName(),
                        input.position(),
                        input.login(),
                        roles(input.roles()));
        return Response.created(
                        uri.getAbsolutePathBuilder()
                                .path(String.valueOf(added.staff().id()))
                                .build())
                .header("Cache-Control", "no-store")
                .entity(added)
                .build();
    }

    @PUT
    @Path("{id}/roles")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            summary =
                    "Give the member of staff exactly these roles {roles} in this school; taking"
                            + " away the school's last head or school administrator is refused"
                            + " (409, naming the role)")
    public StaffMember changeRoles(@PathParam("id") long id, @NotNull RolesInput input) {
        return staff.changeRoles(id, roles(input.roles()));
    }

    @POST
    @Path("{id}/dismissal")
    @Operation(
            summary =
                    "Dismiss the member of staff from today: it can no longer sign in (a session"
                            + " it holds ends), is offered for no new assignment; its journals"
                            + " and audit entries stay. Dismissing oneself or the school's last"
                            + " head or administrator is refused (409)")
    public StaffMember dismiss(@PathParam("id") long id) {
        return staff.dismiss(id);
    }

    private static Set<String> roles(List<String> roles) {
        return roles == null ? Set.of() : new LinkedHashSet<>(roles);
    }
}
