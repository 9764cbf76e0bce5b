package org.schooljournal.people.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.schooljournal.people.entity.Pupil;
import org.schooljournal.platform.control.Tenanted;
import org.schooljournal.platform.entity.JournalException;
import org.schooljournal.platform.entity.Role;
import org.schooljournal.school.boundary.AssignmentLoad;
import org.schooljournal.school.boundary.Assignments;
import org.schooljournal.school.control.GroupSplit;
import org.schooljournal.school.entity.SchoolClass;
import org.schooljournal.school.entity.StudyGroup;
import org.schooljournal.school.entity.TeachingAssignment;

/**
 * Study groups and streams (R-S06) and the journals taught to classes and groups (R-S08): a class
 * split for a subject, a stream of pupils from several classes, each with its members; a teacher
 * assigned to teach a subject to a class or a group. A group with lessons is never removed.
 */
@Stateless
@Tenanted
@RolesAllowed({Role.SCHOOL_ADMIN, Role.HEAD, Role.DEPUTY_HEAD})
public class StudyGroups {
    @PersistenceContext EntityManager em;

    public List<GroupData> all() {
        List<StudyGroup> groups =
                em.createNamedQuery("StudyGroup.all", StudyGroup.class).getResultList();
        Set<Long> pupilIds = new LinkedHashSet<>();
        groups.forEach(g -> pupilIds.addAll(g.getPupilIds()));
        Map<Long, GroupData.Member> members = members(pupilIds);
        Map<Long, List<AssignmentLoad>> assignments = new HashMap<>();
        if (!groups.isEmpty()) {
            em.createNamedQuery("TeachingAssignment.ofGroups", TeachingAssignment.class)
                    .setParameter("groupIds", groups.stream().map(StudyGroup::getId).toList())
                    .getResultList()
                    .forEach(
                            a ->
                                    assignments
                                            .computeIfAbsent(
                                                    a.getGroup().getId(), k -> new ArrayList<>())
                                            .add(Assignments.view(a)));
        }
        return groups.stream()
                .map(g -> view(g, members, assignments.getOrDefault(g.getId(), List.of())))
                .toList();
    }

    public GroupData one(long groupId) {
        StudyGroup g = group(groupId);
        List<AssignmentLoad> assignments =
                em
                        .createNamedQuery("TeachingAssignment.ofGroups", TeachingAssignment.class)
                        .setParameter("groupIds", List.of(groupId))
                        .getResultList()
                        .stream()
                        .map(Assignments::view)
                        .toList();
        return view(g, members(g.getPupilIds()), assignments);
    }

    /**
     * Splits a class into {@code parts} groups named «{prefix}, гр. 1» …, its pupils shared out in
     * alphabetical order as evenly as can be (the usual split for a foreign language); members can
     * be changed afterwards.
     */
    public List<GroupData> split(
            long classId, @NotBlank @Size(max = 80) String prefix, @Min(2) @Max(4) int parts) {
        SchoolClass schoolClass = schoolClass(classId);
        List<Long> pupils =
                em
                        .createNamedQuery("Pupil.ofClass", Pupil.class)
                        .setParameter("classId", classId)
                        .getResultList()
                        .stream()
                        .filter(p -> p.getWithdrawnOn() == null)
                        .map(Pupil::getId)
                        .toList();
        List<List<Long>> shares = GroupSplit.evenly(pupils, parts);
        List<Long> created = new ArrayList<>();
        for (int i = 0; i < parts; i++) {
            String name = prefix.strip() + ", гр. " + (i + 1);
            requireFreeName(name, null);
            StudyGroup g = StudyGroup.within(StudyGroup.Kind.SUBGROUP, name, schoolClass);
            g.replaceMembers(shares.get(i));
            em.persist(g);
            em.flush();
            created.add(g.getId());
        }
        return all().stream().filter(g -> created.contains(g.id())).toList();
    }

    /** A group of a class with chosen members (a club or a project of one class). */
    public GroupData createInClass(
            long classId, @NotBlank @Size(max = StudyGroup.MAX_NAME) String name) {
        SchoolClass schoolClass = schoolClass(classId);
        requireFreeName(name.strip(), null);
        StudyGroup g = StudyGroup.within(StudyGroup.Kind.SUBGROUP, name, schoolClass);
        em.persist(g);
        em.flush();
        return one(g.getId());
    }

    /** A stream: pupils of several classes taught together (profile course, elective, club). */
    public GroupData createStream(
            @NotBlank @Size(max = StudyGroup.MAX_NAME) String name, @Min(1) @Max(11) int grade) {
        requireFreeName(name.strip(), null);
        StudyGroup g = StudyGroup.stream(name, grade);
        em.persist(g);
        em.flush();
        return one(g.getId());
    }

    public GroupData rename(long groupId, @NotBlank @Size(max = StudyGroup.MAX_NAME) String name) {
        StudyGroup g = group(groupId);
        requireFreeName(name.strip(), groupId);
        g.rename(name);
        em.flush();
        return one(groupId);
    }

    /**
     * Replaces the members. Every pupil must be of this school and still studying; a group of a
     * class takes only that class's pupils (the refusal names the pupil).
     */
    public GroupData setMembers(long groupId, @NotNull Set<Long> pupilIds) {
        StudyGroup g = group(groupId);
        for (long id : pupilIds) {
            Pupil p = em.find(Pupil.class, id);
            if (p == null) {
                throw new JournalException(
                        JournalException.Kind.INVALID, "group.pupil.unknown", id);
            }
            if (g.getSchoolClass() != null
                    && !p.getSchoolClass().getId().equals(g.getSchoolClass().getId())) {
                throw new JournalException(
                        JournalException.Kind.INVALID,
                        "group.pupil.outside",
                        p.getFullName(),
                        g.getSchoolClass().getTitle());
            }
        }
        g.replaceMembers(pupilIds);
        em.flush();
        return one(groupId);
    }

    /** Removes a group with its journals and timetable slots, refused once it has lessons. */
    public void remove(long groupId) {
        StudyGroup g = group(groupId);
        long lessons =
                em.createNamedQuery("Lesson.countOfGroup", Long.class)
                        .setParameter("id", groupId)
                        .getSingleResult();
        if (lessons > 0) {
            throw new JournalException(
                    JournalException.Kind.CONFLICT, "group.inUse", g.getTitle(), lessons);
        }
        em.createNamedQuery("TimetableEntry.deleteOfGroup")
                .setParameter("id", groupId)
                .executeUpdate();
        em.createNamedQuery("TeachingAssignment.deleteOfGroup")
                .setParameter("id", groupId)
                .executeUpdate();
        em.createNamedQuery("IndividualPlanLine.ungroup")
                .setParameter("id", groupId)
                .executeUpdate();
        em.remove(g);
    }

    private void requireFreeName(String name, Long except) {
        em.createNamedQuery("StudyGroup.all", StudyGroup.class).getResultList().stream()
                .filter(g -> g.getName().equalsIgnoreCase(name) && !g.getId().equals(except))
                .findFirst()
                .ifPresent(
                        g -> {
                            throw new JournalException(
                                    JournalException.Kind.CONFLICT, "group.name.taken", name);
                        });
    }

    private Map<Long, GroupData.Member> members(Set<Long> ids) {
        Map<Long, GroupData.Member> members = new HashMap<>();
        if (!ids.isEmpty()) {
            em.createNamedQuery("Pupil.byIdsWithClass", Pupil.class)
                    .setParameter("ids", ids)
                    .getResultList()
                    .forEach(
                            p ->
                                    members.put(
                                            p.getId(),
                                            new GroupData.Member(
                                                    p.getId(),
                                                    p.getLastName() + " " + p.getFirstName(),
                                                    p.getSchoolClass().getTitle())));
        }
        return members;
    }

    private static GroupData view(
            StudyGroup g, Map<Long, GroupData.Member> members, List<AssignmentLoad> assignments) {
        return new GroupData(
                g.getId(),
                g.getName(),
                g.getKind().name(),
                g.getSchoolClass() == null ? null : g.getSchoolClass().getId(),
                g.getSchoolClass() == null ? null : g.getSchoolClass().getTitle(),
                g.getGrade(),
                g.getPupilIds().stream()
                        .map(members::get)
                        .filter(m -> m != null)
                        .sorted(Comparator.comparing(GroupData.Member::name))
                        .toList(),
                assignments);
    }

    StudyGroup group(long groupId) {
        StudyGroup g = em.find(StudyGroup.class, groupId);
        if (g == null) {
            throw JournalException.notFound("group " + groupId);
        }
        return g;
    }

    private SchoolClass schoolClass(long classId) {
        SchoolClass c = em.find(SchoolClass.class, classId);
        if (c == null) {
            throw JournalException.notFound("class " + classId);
        }
        return c;
    }
}
