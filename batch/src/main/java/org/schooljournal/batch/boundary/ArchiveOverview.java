package org.schooljournal.batch.boundary;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.security.Principal;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.schooljournal.archive.boundary.Archive;
import org.schooljournal.batch.archive.ArchiveMatrix;
import org.schooljournal.batch.archive.SchoolYears;
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

    @Inject SchoolYears schoolYears;

    @EJB Archive archive;

    @Inject Identities identities;

    @Inject Principal principal;

    @Resource SessionContext session;

    public ArchiveMatrixData matrix() {
        return matrix.of(ownSchool());
    }

    /** The schools the caller may browse: every school for the archivist, its own for a head. */
    public List<SchoolChoiceData> schools() {
        return matrix().rows().stream()
                .map(row -> new SchoolChoiceData(row.schoolId(), row.school()))
                .toList();
    }

    /**
     * A school's archived documents, every version, by year (newest first), class and kind; a
     * head's only of its own school (the archive's service checks it too).
     */
    public List<ArchiveDocumentData> documents(long schoolId) {
        Long own = ownSchool();
        if (own != null && own != schoolId) {
            throw JournalException.notFound("school");
        }
        Map<Long, String> years = schoolYears.namesOf(schoolId);
        return archive.documents(schoolId, null).stream()
                .map(d -> new ArchiveDocumentData(d, years.get(d.yearId())))
                .sorted(
                        Comparator.comparing(
                                        (ArchiveDocumentData d) -> d.year() == null ? "" : d.year(),
                                        Comparator.reverseOrder())
                                .thenComparing(d -> d.document().className())
                                .thenComparing(d -> d.document().kind())
                                .thenComparing(d -> d.document().version()))
                .toList();
    }

    /** Null for the archivist (every school), the head's school otherwise. */
    private Long ownSchool() {
        if (session.isCallerInRole(Role.ARCHIVIST)) {
            return null;
        }
        Long school = identities.of(principal.getName()).schoolId();
        if (school == null) {
            throw JournalException.forbidden();
        }
        return school;
    }
}
