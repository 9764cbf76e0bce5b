package org.schooljournal.diary.control;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.schooljournal.diary.entity.GuardianConsent;
import org.schooljournal.people.entity.Guardian;
import org.schooljournal.school.entity.SchoolClass;

/**
 * The reads behind consent (R-A05) and the letters to families (R-D02, R-D04), each one statement
 * whatever the class's size.
 */
@Dependent
public class ConsentQueries {
    @Inject EntityManager em;

    /**
     * Whether the account is the homeroom teacher of a class one of the parent's children is in.
     */
    public boolean leadsClassOf(long guardianId, long accountId) {
        return !em.createQuery(
                        "select p.id from Pupil p join p.guardians g"
                                + " where g.id = :guardianId and p.withdrawnOn is null"
                                + " and p.schoolClass.classTeacher.accountId = :accountId",
                        Long.class)
                .setParameter("guardianId", guardianId)
                .setParameter("accountId", accountId)
                .setMaxResults(1)
                .getResultList()
                .isEmpty();
    }

    /** The latest recorded decision of each of the parents: one statement. */
    public Map<Long, GuardianConsent> latest(List<Guardian> guardians) {
        List<Long> ids = new ArrayList<>(List.of(-1L));
        guardians.forEach(g -> ids.add(g.getId()));
        Map<Long, GuardianConsent> latest = new HashMap<>();
        em.createQuery(
                        "select c from GuardianConsent c where c.guardianId in :ids order by c.id",
                        GuardianConsent.class)
                .setParameter("ids", ids)
                .getResultList()
                .forEach(c -> latest.put(c.getGuardianId(), c));
        return latest;
    }

    /** The parent rows of an account in the caller's school (one per school, as imported). */
    public List<Guardian> guardiansOf(long accountId) {
        return em.createQuery(
                        "select g from Guardian g where g.accountId = :accountId order by g.id",
                        Guardian.class)
                .setParameter("accountId", accountId)
                .getResultList();
    }

    /** The school's classes not graduated, by grade and letter. */
    public List<SchoolClass> currentClasses() {
        return em.createNamedQuery("SchoolClass.all", SchoolClass.class).getResultList();
    }
}
