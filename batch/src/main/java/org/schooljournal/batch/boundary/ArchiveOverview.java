package org.schooljournal.batch.boundary;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.security.Principal;
import org.schooljournal.batch.archive.ArchiveMatrix;
import org.schooljournal.platform.control.Identities;
import org.schooljournal.platform.entity.JournalException;
import org.schooljournal.platform.entity.Role;

/**
 * The archive matrix, schools × years (R-P06): the archivist sees every school, a head only its own
 * school's row. Read-only.
 */
@Stateless
@RolesAllowed({Role.ARCHIVIST, Role.HEAD})
public class ArchiveOverview {
    @Inject ArchiveMatrix matrix;

    @Inject Identities identities;

    @Inject Principal principal;

    @Resource SessionContext session;

    public ArchiveMatrixData matrix() {
        if (session.isCallerInRole(Role.ARCHIVIST)) {
            return matrix.of(null);
        }
        Long school = identities.of(principal.getName()).schoolId();
        if (school == null) {
            throw JournalException.forbidden();
        }
        return matrix.of(school);
    }
}
