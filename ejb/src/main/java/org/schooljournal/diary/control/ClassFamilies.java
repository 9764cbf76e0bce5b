package org.schooljournal.diary.control;

import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.schooljournal.diary.entity.ParentMessage;
import org.schooljournal.people.entity.Guardian;
import org.schooljournal.people.entity.Pupil;
import org.schooljournal.platform.control.Caller;
import org.schooljournal.platform.entity.JournalException;
import org.schooljournal.platform.entity.Role;
import org.schooljournal.school.entity.SchoolClass;
import org.schooljournal.school.entity.Staff;

/**
 * The queries of a class's families that the acknowledgement (R-A06) and the paper extracts (R-D03)
 * read: the class as its homeroom teacher or the school's deputy and head may see it, its pupils
 * with their parents, their accounts' logins, their visits to the diary and the messages.
 */
public final class ClassFamilies {
    private ClassFamilies() {}

    /**
     * The class if the caller may follow it: its homeroom teacher, or the school's deputy head or
     * head. Anyone else finds no such class (404, as a missing one).
     */
    public static SchoolClass followed(EntityManager em, Caller caller, long classId) {
        SchoolClass c = em.find(SchoolClass.class, classId);
        if (c == null) {
            throw JournalException.notFound("class " + classId);
        }
        if (caller.has(Role.DEPUTY_HEAD) || caller.has(Role.HEAD)) {
            return c;
        }
        Staff teacher = c.getClassTeacher();
        if (teacher == null || !caller.accountId().equals(teacher.getAccountId())) {
            throw JournalException.notFound("class " + classId);
        }
        return c;
    }

    /** The classes the caller follows: all current ones for the deputy and head, else its own. */
    public static List<SchoolClass> followedClasses(EntityManager em, Caller caller) {
        if (caller.has(Role.DEPUTY_HEAD) || caller.has(Role.HEAD)) {
            return em.createNamedQuery("SchoolClass.all", SchoolClass.class).getResultList();
        }
        return em.createQuery(
                        "select c from SchoolClass c where c.classTeacher.accountId = :accountId"
                                + " and c.graduatedIn = 0 order by c.grade, c.letter",
                        SchoolClass.class)
                .setParameter("accountId", caller.accountId())
                .getResultList();
    }

    /** The class's pupils who have not left, by name, with their parents, in one query. */
    public static List<Pupil> pupilsOf(EntityManager em, long classId) {
        return em.createQuery(
                        "select distinct p from Pupil p left join fetch p.guardians"
                                + " where p.schoolClass.id = :classId and p.withdrawnOn is null"
                                + " order by p.lastName, p.firstName",
                        Pupil.class)
                .setParameter("classId", classId)
                .getResultList();
    }

    /**
     * The account ids of the pupils and of their parents, for one "in" query: never empty (-1 is
     * never an id, so "in" stays valid).
     */
    public static List<Long> accountIds(List<Pupil> pupils) {
        List<Long> ids = new ArrayList<>(List.of(-1L));
        for (Pupil p : pupils) {
            if (p.getAccountId() != null) {
                ids.add(p.getAccountId());
            }
            p.getGuardians().stream()
                    .map(Guardian::getAccountId)
                    .filter(a -> a != null)
                    .forEach(ids::add);
        }
        return ids;
    }

    /** The logins of the pupils' and their parents' accounts by account id, in one query. */
    public static Map<Long, String> logins(EntityManager em, List<Pupil> pupils) {
        Map<Long, String> logins = new HashMap<>();
        em.createNamedQuery("Account.loginsOf", Object[].class)
                .setParameter("ids", accountIds(pupils))
                .getResultList()
                .forEach(r -> logins.put((Long) r[0], (String) r[1]));
        return logins;
    }

    /** When each account last opened each pupil's diary, keyed «accountId|pupilId». */
    public static Map<String, Instant> lastVisits(EntityManager em, long classId) {
        Map<String, Instant> visits = new HashMap<>();
        em.createQuery(
                        "select v.accountId, v.pupilId, v.lastOpenedAt from DiaryVisit v"
                                + " where v.pupilId in (select p.id from Pupil p"
                                + " where p.schoolClass.id = :classId)",
                        Object[].class)
                .setParameter("classId", classId)
                .getResultList()
                .forEach(r -> visits.put(r[0] + "|" + r[1], ((OffsetDateTime) r[2]).toInstant()));
        return visits;
    }

    /** The messages about the class's pupils written since {@code since}, newest first. */
    public static List<ParentMessage> messagesSince(EntityManager em, long classId, Instant since) {
        return em.createQuery(
                        "select m from ParentMessage m where m.createdAt >= :since"
                                + " and m.pupilId in (select p.id from Pupil p"
                                + " where p.schoolClass.id = :classId)"
                                + " order by m.createdAt desc, m.id desc",
                        ParentMessage.class)
                .setParameter("since", OffsetDateTime.ofInstant(since, ZoneOffset.UTC))
                .setParameter("classId", classId)
                .getResultList();
    }
}
