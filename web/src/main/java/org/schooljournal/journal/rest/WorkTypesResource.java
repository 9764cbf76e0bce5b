package org.schooljournal.journal.rest;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.math.BigDecimal;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.schooljournal.journal.boundary.WorkTypes;

/**
 * The work types the school gives marks for and their weights in the period average (R-J02, R-J07).
 */
@ApplicationScoped
@Path("work-types")
@Produces(MediaType.APPLICATION_JSON)
public class WorkTypesResource {
    /** One element of a PUT's body; the letter of a work type is fixed, so it is not sent. */
    public record SettingInput(String workType, Boolean used, BigDecimal weight) {}

    @EJB WorkTypes workTypes;

    @GET
    @Operation(
            summary =
                    "Every work type {workType, code, used, weight}; without a setting it is used"
                            + " and weighs 1")
    public List<WorkTypes.Setting> all() {
        return workTypes.all();
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            summary =
                    "Set work types [{workType, used, weight}] (head, deputy head); weights 0.1 to"
                            + " 10, the answer in class stays used; a refusal (400) changes"
                            + " nothing; unlisted work types keep their settings")
    public List<WorkTypes.Setting> save(@NotNull List<SettingInput> input) {
        return workTypes.save(
                input.stream()
                        .map(
                                s ->
                                        s == null
                                                ? null
                                                : new WorkTypes.Setting(
                                                        s.workType(),
                                                        null,
                                                        s.used() == null || s.used(),
                                                        s.weight()))
                        .toList());
    }
}
