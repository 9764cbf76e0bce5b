package org.schooljournal.platform.control;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.security.Principal;
import org.schooljournal.platform.entity.JournalException;
import org.schooljournal.platform.entity.Role;
import org.schooljournal.platform.entity.SchoolOwned;

/**
 * Work inside a school the caller names, for the municipality-wide readers of the archive (issue
 * 10): an archivist belongs to no school, so {@link SchoolTenancy} (the caller's own school) cannot
 * serve it. An archivist may enter any school; a head or deputy head only its own — another school
 * is simply not found, as everywhere else (R-T01). Like {@code BatchTenancy} of the batch jobs, it
 * makes the school the EclipseLink tenant of the current transaction's persistence context.
 */
@Dependent
public class SchoolScope {
    @Inject EntityManager em;

    @Inject Principal principal;

    @Inject Caller caller;

    @Inject Identities identities;

    /** Checks the caller may read school {@code schoolId} and makes it the tenant. */
    public void enter(long schoolId) {
        String login = principal.getName();
        if (!caller.isResolvedFor(login)) {
            caller.resolve(login, identities.of(login));
        }
        if (!mayEnter(
                caller.has(Role.ARCHIVIST),
                caller.has(Role.HEAD) || caller.has(Role.DEPUTY_HEAD),
                caller.schoolId(),
                schoolId)) {
            throw JournalException.notFound("school " + schoolId);
        }
        // a Long: the tenant column is an INTEGER, and a String fails on PostgreSQL
        em.setProperty(SchoolOwned.TENANT_PROPERTY, Long.valueOf(schoolId));
    }

    /** The rule alone: an archivist any school, a head or deputy its own, nobody else. */
    static boolean mayEnter(boolean archivist, boolean manager, Long ownSchool, long schoolId) {
        return archivist || (manager && ownSchool != null && ownSchool == schoolId);
    }
}
