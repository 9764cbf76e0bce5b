package org.schooljournal.batch.pupilimport;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.util.List;
import org.schooljournal.people.entity.PupilImport;
import org.schooljournal.people.entity.PupilImportIssue;
import org.schooljournal.platform.control.Caller;
import org.schooljournal.platform.control.Tenanted;
import org.schooljournal.platform.entity.JournalException;
import org.schooljournal.platform.entity.Role;
import org.schooljournal.school.entity.SchoolClass;

/**
 * The stored imports of the caller's school. An EJB of its own, because the facade starts jobs
 * outside any transaction: an upload must be committed in its own transaction before the job that
 * reads it starts.
 */
@Stateless
@Tenanted
@RolesAllowed(Role.SCHOOL_ADMIN)
public class PupilImports {
    @Inject EntityManager em;

    @Inject Caller caller;

    @Inject Clock clock;

    /** Stores an upload that passed the file checks, for a class of the caller's school. */
    public long store(long classId, String fileName, byte[] content) {
        SchoolClass schoolClass = em.find(SchoolClass.class, classId);
        if (schoolClass == null) {
            throw new JournalException(JournalException.Kind.NOT_FOUND, "import.class.notFound");
        }
        PupilImport upload =
                new PupilImport(schoolClass, fileName, content, caller.login(), clock.instant());
        em.persist(upload);
        em.flush();
        return upload.getId();
    }

    /** Removes an upload whose job could not be started, so no import seems to run forever. */
    public void discard(long importId) {
        em.remove(find(importId));
    }

    public void recordExecution(long importId, long executionId) {
        em.createNamedQuery("PupilImport.recordExecution")
                .setParameter("executionId", executionId)
                .setParameter("id", importId)
                .executeUpdate();
    }

    /** The import, if it belongs to the caller's school. */
    public PupilImport find(long importId) {
        PupilImport upload = em.find(PupilImport.class, importId);
        if (upload == null) {
            throw JournalException.notFound("import " + importId);
        }
        return upload;
    }

    public List<PupilImport> recent(int max) {
        return em.createNamedQuery("PupilImport.recent", PupilImport.class)
                .setMaxResults(max)
                .getResultList();
    }

    public List<PupilImportIssue> issues(long importId) {
        return em.createNamedQuery("PupilImportIssue.ofImport", PupilImportIssue.class)
                .setParameter("importId", importId)
                .getResultList();
    }
}
