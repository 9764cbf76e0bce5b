package org.schooljournal.probe;

import jakarta.ejb.EJB;
import jakarta.ejb.EJBException;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;

/**
 * Test-only: {@link TenantProbe} over HTTP, so that TenancyIT runs against the shared test server
 * instead of an Arquillian deployment of its own. The calls cross the EJB boundary here, in the
 * server, exactly as the in-container test's injected probe did; a refused write answers the
 * exception's kind, as the test's assertThrows saw it.
 */
@Path("test-tenancy")
@RequestScoped
@Produces("text/plain")
public class TenantProbeResource {
    @EJB TenantProbe probe;

    @GET
    @Path("visible")
    public String pupilVisible(@QueryParam("tenant") long tenant, @QueryParam("pupil") long pupil) {
        return String.valueOf(probe.pupilVisible(tenant, pupil));
    }

    @GET
    @Path("jpql-count")
    public String jpqlPupilCount(@QueryParam("tenant") long tenant) {
        return String.valueOf(probe.jpqlPupilCount(tenant));
    }

    @POST
    @Path("bulk-touch")
    public String bulkTouchPupil(
            @QueryParam("tenant") long tenant, @QueryParam("pupil") long pupil) {
        return String.valueOf(probe.bulkTouchPupil(tenant, pupil));
    }

    @POST
    @Path("class")
    public String persistClassAndReadSchool(@QueryParam("tenant") long tenant) {
        return String.valueOf(probe.persistClassAndReadSchool(tenant));
    }

    /** "EJBException" when the EJB refused the write (as assertThrows saw it), else "written". */
    @POST
    @Path("class-without-tenant")
    public String persistClassWithoutTenant() {
        try {
            probe.persistClassWithoutTenant();
            return "written";
        } catch (EJBException refused) {
            return "EJBException";
        }
    }

    @GET
    @Path("sql")
    public String sql(@QueryParam("query") String query) {
        return String.valueOf(probe.sql(query));
    }
}
