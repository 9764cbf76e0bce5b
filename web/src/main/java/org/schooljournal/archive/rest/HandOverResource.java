package org.schooljournal.archive.rest;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.schooljournal.batch.boundary.HandOverPackages;

/**
 * The hand-over package of a school's year (issue 10, item 6) as a download. The plan is made (and
 * a refusal answered as a problem) before the first byte; then the zip streams.
 */
@ApplicationScoped
@Path("archive/schools/{schoolId}/years/{yearId}/package")
public class HandOverResource {
    @EJB HandOverPackages packages;

    @GET
    @Produces("application/zip")
    @Operation(
            summary =
                    "The BagIt package of a school's archived year: PDFs, proofs, summary sheets as"
                            + " CSV and XLSX, inventory, checkpoint, keys")
    public Response download(
            @PathParam("schoolId") long schoolId, @PathParam("yearId") long yearId) {
        HandOverPackages.Plan plan = packages.plan(schoolId, yearId);
        StreamingOutput zip = out -> packages.write(plan, out);
        return Response.ok(zip, "application/zip")
                .header(
                        "Content-Disposition",
                        "attachment; filename=\"" + plan.bagName() + ".zip\"")
                .build();
    }
}
