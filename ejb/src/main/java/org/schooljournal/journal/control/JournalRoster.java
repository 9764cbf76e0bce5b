package org.schooljournal.journal.control;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.schooljournal.people.control.ClassRoster;
import org.schooljournal.people.control.Movements;
import org.schooljournal.people.entity.Pupil;
import org.schooljournal.school.entity.StudyGroup;
import org.schooljournal.school.entity.TeachingAssignment;

/**
 * Who a journal lists (R-J01, R-S06, R-S07): a whole-class journal the class's pupils for their
 * dates (R-S13) except those whose individual plan takes the subject away from the class; a
 * subgroup's or an individual plan's journal its members among the class's pupils; a stream's
 * journal its members from any class, each until it left the school.
 */
@Dependent
public class JournalRoster {
    @Inject EntityManager em;

    @Inject Movements movements;

    /** The journal's pupils whose time in it overlaps [from, to], ordered by name. */
    public List<ClassRoster.Stint> of(TeachingAssignment a, LocalDate from, LocalDate to) {
        StudyGroup group = a.getGroup();
        if (a.getSchoolClass() == null) {
            return streamMembers(group).stream().filter(s -> s.overlaps(from, to)).toList();
        }
        List<ClassRoster.Stint> stints = classStints(a.getSchoolClass().getId(), from, to);
        return select(stints, group == null ? null : group.getPupilIds(), excluded(a));
    }

    /**
     * Who was in the class at some time of [from, to] (R-S13), by its movements: the one roster the
     * journal, the summary sheet on screen and the archive's printed sheet share.
     */
    public List<ClassRoster.Stint> classStints(long classId, LocalDate from, LocalDate to) {
        List<ClassRoster.Member> members =
                em
                        .createNamedQuery("Pupil.ofClass", Pupil.class)
                        .setParameter("classId", classId)
                        .getResultList()
                        .stream()
                        .map(
                                p ->
                                        new ClassRoster.Member(
                                                p.getId(),
                                                Movements.shortName(p),
                                                p.getWithdrawnOn()))
                        .toList();
        return ClassRoster.stints(classId, members, movements.touchingClass(classId), from, to);
    }

    /**
     * The class's journals: whole class, subgroups, individual plans, then the streams its pupils
     * attend, the groups' after the whole class's, so a group's mark wins over a whole-class one
     * for the same subject where the later one is taken (the summary sheet on screen and printed).
     */
    public List<TeachingAssignment> classJournals(long classId) {
        List<TeachingAssignment> list =
                new ArrayList<>(
                        em.createNamedQuery("TeachingAssignment.ofClass", TeachingAssignment.class)
                                .setParameter("classId", classId)
                                .getResultList());
        List<Long> streams =
                em.createNamedQuery("StudyGroup.streamsOfClass", Long.class)
                        .setParameter("classId", classId)
                        .getResultList();
        if (!streams.isEmpty()) {
            list.addAll(
                    em.createNamedQuery("TeachingAssignment.ofGroups", TeachingAssignment.class)
                            .setParameter("groupIds", streams)
                            .getResultList());
        }
        list.sort(Comparator.comparing(a -> a.getGroup() == null ? 0 : 1));
        return list;
    }

    /** The pupil's time in the journal, or null when the journal never lists it. */
    public ClassRoster.Stint stintOf(TeachingAssignment a, Pupil pupil) {
        StudyGroup group = a.getGroup();
        if (group != null && !group.getPupilIds().contains(pupil.getId())) {
            return null;
        }
        if (a.getSchoolClass() == null) {
            return streamStint(pupil);
        }
        if (group == null && excluded(a).contains(pupil.getId())) {
            return null;
        }
        return movements.stintIn(a.getSchoolClass().getId(), pupil);
    }

    /**
     * The class's stints narrowed to a group's members ({@code members} null: everyone) and without
     * the pupils an individual plan takes out of the journal.
     */
    public static List<ClassRoster.Stint> select(
            List<ClassRoster.Stint> classStints, Set<Long> members, Set<Long> excluded) {
        return classStints.stream()
                .filter(s -> members == null || members.contains(s.pupilId()))
                .filter(s -> members != null || !excluded.contains(s.pupilId()))
                .toList();
    }

    /** R-S07: pupils whose individual plan teaches the subject apart or not at all. */
    private Set<Long> excluded(TeachingAssignment a) {
        if (a.getGroup() != null) {
            return Set.of();
        }
        return new HashSet<>(
                em.createNamedQuery("IndividualPlanLine.ofSubject", Long.class)
                        .setParameter("subjectId", a.getSubject().getId())
                        .getResultList());
    }

    private List<ClassRoster.Stint> streamMembers(StudyGroup group) {
        if (group.getPupilIds().isEmpty()) {
            return List.of();
        }
        return em
                .createQuery(
                        "select p from Pupil p join fetch p.schoolClass where p.id in :ids",
                        Pupil.class)
                .setParameter("ids", group.getPupilIds())
                .getResultList()
                .stream()
                .map(JournalRoster::streamStint)
                .sorted(Comparator.comparing(ClassRoster.Stint::name))
                .toList();
    }

    /** A stream member is listed with its class, until the day before it left the school. */
    private static ClassRoster.Stint streamStint(Pupil p) {
        return new ClassRoster.Stint(
                p.getId(),
                Movements.shortName(p) + ", " + p.getSchoolClass().getTitle(),
                null,
                p.getWithdrawnOn() == null ? null : p.getWithdrawnOn().minusDays(1));
    }
}
