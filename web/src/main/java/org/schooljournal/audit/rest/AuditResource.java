package org.schooljournal.audit.rest;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.schooljournal.audit.boundary.AuditLag;
import org.schooljournal.audit.boundary.AuditTrails;
import org.schooljournal.audit.boundary.ChainCheck;

/** The school's audit chain (R-A08). */
@ApplicationScoped
@Path("audit")
@Produces(MediaType.APPLICATION_JSON)
public class AuditResource {
    @EJB AuditTrails trails;

    @GET
    @Path("verify")
    @Operation(
            summary =
                    "Re-hash the school's audit chain: intact, or the first entry that was changed,"
                            + " removed or inserted (head, deputy head)")
    public ChainCheck verify() {
        return trails.verify();
    }

    @GET
    @Path("lag")
    @Operation(
            summary =
                    "Entries saved but not yet sequenced into the school's chain, and the oldest"
                            + " one's age in seconds (head, deputy head)")
    public AuditLag lag() {
        return trails.lag();
    }
}
