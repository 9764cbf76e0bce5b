package org.schooljournal.diary.rest;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.schooljournal.diary.boundary.ConsentData;
import org.schooljournal.diary.boundary.Consents;

/**
 * R-A05: parents' consent or refusal to the processing of personal data, recorded from the paper; a
 * class's list with each parent's status.
 */
@ApplicationScoped
@Path("classes/{classId}/consents")
@Produces(MediaType.APPLICATION_JSON)
public class ConsentResource {
    @EJB Consents consents;

    @GET
    @Operation(summary = "The class's parents with their latest decision on their personal data")
    public ConsentData.ClassList classList(@PathParam("classId") long classId) {
        return consents.classList(classId);
    }
}
