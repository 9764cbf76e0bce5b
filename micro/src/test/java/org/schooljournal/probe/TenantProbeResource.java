package org.schooljournal.probe;

import jakarta.ejb.EJB;
import jakarta.ejb.EJBException;
import jakarta.enterprise.context.RequestScoped;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

/**
 * Test-only: {@link TenantProbe} over HTTP, so that TenancyIT runs against the shared test server
 * instead of an Arquillian deployment of its own. The calls cross the EJB boundary here, in the
 * server, exactly as the in-container test's injected probe did; a refused write answers the
 * exception's kind, as the test's assertThrows saw it. Answers are {"value": "..."} (the API client
 * asks for JSON).
 */
@Path("test-tenancy")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class TenantProbeResource {
    @EJB TenantProbe probe;

    @GET
    @Path("visible")
    public JsonObject pupilVisible(
            @QueryParam("tenant") long tenant, @QueryParam("pupil") long pupil) {
        return value(String.valueOf(probe.pupilVisible(tenant, pupil)));
    }

    @GET
    @Path("jpql-count")
    public JsonObject jpqlPupilCount(@QueryParam("tenant") long tenant) {
        return value(String.valueOf(probe.jpqlPupilCount(tenant)));
    }

    @POST
    @Path("bulk-touch")
    public JsonObject bulkTouchPupil(
            @QueryParam("tenant") long tenant, @QueryParam("pupil") long pupil) {
        return value(String.valueOf(probe.bulkTouchPupil(tenant, pupil)));
    }

    @POST
    @Path("class")
    public JsonObject persistClassAndReadSchool(@QueryParam("tenant") long tenant) {
        return value(String.valueOf(probe.persistClassAndReadSchool(tenant)));
    }

    /** "EJBException" when the EJB refused the write (as assertThrows saw it), else "written". */
    @POST
    @Path("class-without-tenant")
    public JsonObject persistClassWithoutTenant() {
        try {
            probe.persistClassWithoutTenant();
            return value("written");
        } catch (EJBException refused) {
            return value("EJBException");
        }
    }

    @GET
    @Path("sql")
    public JsonObject sql(@QueryParam("query") String query) {
        return value(String.valueOf(probe.sql(query)));
    }

    private static JsonObject value(String value) {
        return Json.createObjectBuilder().add("value", value).build();
    }
}
