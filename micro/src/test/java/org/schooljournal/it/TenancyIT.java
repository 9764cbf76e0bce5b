package org.schooljournal.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ejb.EJB;
import jakarta.ejb.EJBException;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * In the container (AssertJ is not in the deployment, hence JUnit's assertions), on PostgreSQL: the
 * one tenancy mechanism confines reads, finds, JPQL, bulk updates and inserts to the school that is
 * the tenant (R-T01).
 */
@ExtendWith(ArquillianExtension.class)
class TenancyIT {
    @Deployment
    static WebArchive deployment() {
        return Deployments.journal().addClass(TenantProbe.class);
    }

    @EJB TenantProbe probe;

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

        assertThrows(EJBException.class, () -> probe.persistClassWithoutTenant());
        assertEquals(before, probe.sql("select count(*) from school_class"));
    }
}
