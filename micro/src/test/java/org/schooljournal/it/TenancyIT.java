package org.schooljournal.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.schooljournal.testing.ApiClient;
import org.schooljournal.testing.Demo;
import org.schooljournal.testing.SharedServer;

/**
 * In the container, on PostgreSQL: the one tenancy mechanism confines reads, finds, JPQL, bulk
 * updates and inserts to the school that is the tenant (R-T01). The test-only EJB {@code
 * TenantProbe} runs in the shared test server's WAR and is called over HTTP ({@code
 * TenantProbeResource}), each call crossing its EJB boundary in the server as the injected probe's
 * did.
 */
class TenancyIT {
    final Probe probe =
            new Probe(ApiClient.as(SharedServer.url().toString(), "admin", Demo.PASSWORD));

    /** The probe's methods as the in-container test called them. */
    record Probe(ApiClient client) {
        boolean pupilVisible(long tenant, long pupil) {
            return Boolean.parseBoolean(
                    text(client.get("/test-tenancy/visible?tenant=" + tenant + "&pupil=" + pupil)));
        }

        long jpqlPupilCount(long tenant) {
            return Long.parseLong(text(client.get("/test-tenancy/jpql-count?tenant=" + tenant)));
        }

        int bulkTouchPupil(long tenant, long pupil) {
            return Integer.parseInt(
                    text(post("/test-tenancy/bulk-touch?tenant=" + tenant + "&pupil=" + pupil)));
        }

        long persistClassAndReadSchool(long tenant) {
            return Long.parseLong(text(post("/test-tenancy/class?tenant=" + tenant)));
        }

        /** "EJBException" when the EJB refused the write. */
        String persistClassWithoutTenant() {
            return text(post("/test-tenancy/class-without-tenant"));
        }

        long sql(String query) {
            return Long.parseLong(
                    text(
                            client.get(
                                    "/test-tenancy/sql?query="
                                            + URLEncoder.encode(query, StandardCharsets.UTF_8)
                                                    .replace("+", "%20"))));
        }

        private ApiClient.Reply post(String path) {
            return client.post(path, "text/plain", new byte[0]);
        }

        private static String text(ApiClient.Reply reply) {
            assertEquals(200, reply.status(), reply.toString());
            return reply.object().getString("value");
        }
    }

    @Test
    @DisplayName("R-T01 a school's pupil is invisible to find and JPQL under another school")
    void readsConfinedToTenant() {
        long schoolOne = probe.sql("select min(id) from school");
        long schoolTwo = probe.sql("select min(id) from school where id > " + schoolOne);
        long pupilOfOne = probe.sql("select min(id) from pupil where school_id = " + schoolOne);
        long pupilsOfOne = probe.sql("select count(*) from pupil where school_id = " + schoolOne);
        long pupilsOfTwo = probe.sql("select count(*) from pupil where school_id = " + schoolTwo);

        assertTrue(pupilsOfOne > 0);
        assertTrue(probe.pupilVisible(schoolOne, pupilOfOne));
        assertFalse(probe.pupilVisible(schoolTwo, pupilOfOne));
        assertEquals(pupilsOfOne, probe.jpqlPupilCount(schoolOne));
        assertEquals(pupilsOfTwo, probe.jpqlPupilCount(schoolTwo));
    }

    @Test
    @DisplayName("R-T01 bulk updates touch only the tenant's rows; inserts get the tenant's school")
    void writesConfinedToTenant() {
        long schoolOne = probe.sql("select min(id) from school");
        long schoolTwo = probe.sql("select min(id) from school where id > " + schoolOne);

        long pupilOfOne = probe.sql("select min(id) from pupil where school_id = " + schoolOne);

        assertEquals(0, probe.bulkTouchPupil(schoolTwo, pupilOfOne));
        assertEquals(1, probe.bulkTouchPupil(schoolOne, pupilOfOne));
        assertEquals(schoolTwo, probe.persistClassAndReadSchool(schoolTwo));
    }

    @Test
    @DisplayName(
            "R-T01 without a tenant nothing school-owned can be written (school_id is NOT NULL)")
    void noTenantNoWrite() {
        long before = probe.sql("select count(*) from school_class");

        assertEquals("EJBException", probe.persistClassWithoutTenant());
        assertEquals(before, probe.sql("select count(*) from school_class"));
    }
}
