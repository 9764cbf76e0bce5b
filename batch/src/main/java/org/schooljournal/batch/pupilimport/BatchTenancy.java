package org.schooljournal.batch.pupilimport;

import jakarta.persistence.EntityManager;
import org.schooljournal.platform.entity.SchoolOwned;

/**
 * A batch thread passes no boundary, so no {@code SchoolTenancy} interceptor: each artifact that
 * uses the entity manager makes the job's school the tenant of its transaction itself.
 */
final class BatchTenancy {
    private BatchTenancy() {}

    static void enter(EntityManager em, String schoolId) {
        // a Long: the tenant column is an INTEGER, and a String fails on PostgreSQL
        em.setProperty(SchoolOwned.TENANT_PROPERTY, Long.valueOf(schoolId));
    }
}
