package org.schooljournal.school.rest;

import jakarta.ejb.EJB;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.schooljournal.school.boundary.ClassSummary;
import org.schooljournal.school.boundary.Classes;

/** The classes of the caller's school. */
@Path("classes")
@Produces(MediaType.APPLICATION_JSON)
public class ClassesResource {
    @EJB Classes classes;

    @GET
    @Operation(summary = "The classes of the caller's school with their number of pupils")
    public List<ClassSummary> all() {
        return classes.all();
    }
}
