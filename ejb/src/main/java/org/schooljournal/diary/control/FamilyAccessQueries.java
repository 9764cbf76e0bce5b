package org.schooljournal.diary.control;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.Collection;
import java.util.List;
import org.schooljournal.identity.entity.Account;
import org.schooljournal.people.entity.Pupil;
import org.schooljournal.school.entity.SchoolClass;

/**
 * The reads of issuing family access (R-A04): the homeroom teacher's classes, their pupils with
 * parents, those people's accounts and the logins a new one must not take. One statement each.
 */
@Dependent
public class FamilyAccessQueries {
    @Inject EntityManager em;

    /** The classes the account is the homeroom teacher of (not graduated), by grade and letter. */
    public List<SchoolClass> classesOfClassTeacher(long accountId) {
        return em.createQuery(
                        "select c from SchoolClass c where c.classTeacher.accountId = :accountId"
                                + " and c.graduatedIn = 0 order by c.grade, c.letter",
                        SchoolClass.class)
                .setParameter("accountId", accountId)
                .getResultList();
    }

    /** The class's pupils who have not left, with their parents, by name. */
    public List<Pupil> pupilsWithGuardians(long classId) {
        return em.createQuery(
                        "select distinct p from Pupil p left join fetch p.guardians"
                                + " where p.schoolClass.id = :classId and p.withdrawnOn is null"
                                + " order by p.lastName, p.firstName",
                        Pupil.class)
                .setParameter("classId", classId)
                .getResultList();
    }

    /** The accounts of these ids. */
    public List<Account> accounts(Collection<Long> ids) {
        return em.createQuery("select a from Account a where a.id in :ids", Account.class)
                .setParameter("ids", ids)
                .getResultList();
    }

    /** The logins taken that a new login from {@code base} could collide with. */
    public List<String> loginsLike(String base) {
        return em.createQuery(
                        "select a.login from Account a where a.login = :base"
                                + " or a.login like :numbered",
                        String.class)
                .setParameter("base", base)
                .setParameter("numbered", base + "%")
                .getResultList();
    }
}
