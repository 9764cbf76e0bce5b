package org.schooljournal.people.rest;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.math.BigDecimal;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.schooljournal.people.boundary.IndividualPlans;
import org.schooljournal.people.boundary.PlanLineData;
import org.schooljournal.school.entity.IndividualPlanLine;

/** Individual study plans, ИУП (R-S07). */
@ApplicationScoped
@Path("individual-plans")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class IndividualPlansResource {
    public record PlanInput(
            long pupilId,
            long subjectId,
            IndividualPlanLine.Mode mode,
            BigDecimal hours,
            String note) {}

    @EJB IndividualPlans plans;

    @GET
    @Operation(summary = "Lines of the pupils' individual study plans (ИУП)")
    public List<PlanLineData> plans() {
        return plans.all();
    }

    @PUT
    @Operation(
            summary =
                    "Set a subject of a pupil's plan {pupilId, subjectId, mode: INDIVIDUAL |"
                            + " NOT_STUDIED, hours, note}")
    public PlanLineData setPlan(@NotNull PlanInput in) {
        return plans.set(in.pupilId(), in.subjectId(), in.mode(), in.hours(), in.note());
    }

    @DELETE
    @Path("{id}")
    public Response removePlan(@PathParam("id") long id) {
        plans.remove(id);
        return Response.noContent().build();
    }
}
