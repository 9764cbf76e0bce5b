package org.schooljournal.people.rest;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.schooljournal.people.boundary.MovementData;
import org.schooljournal.people.boundary.PupilMovements;

/** Pupil movement (R-S13): arrivals, transfers and withdrawals with their history. */
@ApplicationScoped
@Path("pupils")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class MovementsResource {
    /** An arriving pupil. */
    public record Arrival(
            String lastName,
            String firstName,
            String middleName,
            LocalDate birthDate,
            @NotNull Long classId,
            LocalDate date,
            String note) {}

    /** A transfer to another class from a date on. */
    public record Transfer(@NotNull Long toClassId, LocalDate date, String note) {}

    /** A withdrawal from a date on (the first day away). */
    public record Withdrawal(LocalDate date, String note) {}

    @EJB PupilMovements movements;

    @POST
    @Path("arrivals")
    @Operation(summary = "A pupil arrives in a class from a date on")
    public Response arrive(@NotNull @Valid Arrival a) {
        long id =
                movements.arrive(
                        a.lastName(),
                        a.firstName(),
                        a.middleName(),
                        a.birthDate(),
                        a.classId(),
                        a.date(),
                        a.note());
        return Response.status(Response.Status.CREATED).entity(Map.of("pupilId", id)).build();
    }

    @POST
    @Path("{pupilId}/transfer")
    @Operation(
            summary =
                    "Transfer a pupil to another class from a date on; its marks stay with their lessons")
    public List<MovementData> transfer(
            @PathParam("pupilId") long pupilId, @NotNull @Valid Transfer t) {
        movements.transfer(pupilId, t.toClassId(), t.date(), t.note());
        return movements.history(pupilId);
    }

    @POST
    @Path("{pupilId}/withdrawal")
    @Operation(summary = "A pupil leaves the school from a date on")
    public List<MovementData> withdraw(@PathParam("pupilId") long pupilId, @NotNull Withdrawal w) {
        movements.withdraw(pupilId, w.date(), w.note());
        return movements.history(pupilId);
    }

    @GET
    @Operation(summary = "The pupils of a class, including those who left it")
    public List<org.schooljournal.people.boundary.PupilSummary> ofClass(
            @jakarta.ws.rs.QueryParam("classId") long classId) {
        return movements.pupilsOf(classId);
    }

    @GET
    @Path("{pupilId}/movements")
    @Operation(summary = "A pupil's movement history")
    public List<MovementData> history(@PathParam("pupilId") long pupilId) {
        return movements.history(pupilId);
    }
}
