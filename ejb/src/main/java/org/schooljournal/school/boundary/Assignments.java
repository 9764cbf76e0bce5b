package org.schooljournal.school.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.schooljournal.platform.control.Caller;
import org.schooljournal.platform.control.Tenanted;
import org.schooljournal.platform.entity.JournalException;
import org.schooljournal.platform.entity.Role;
import org.schooljournal.school.control.RoleRows;
import org.schooljournal.school.control.SchoolRecords;
import org.schooljournal.school.entity.SchoolClass;
import org.schooljournal.school.entity.Staff;
import org.schooljournal.school.entity.StudyGroup;
import org.schooljournal.school.entity.Subject;
import org.schooljournal.school.entity.TeachingAssignment;

/**
 * The teaching load's rows (R-S08): a teacher teaches a subject to a class or to a study group
 * (R-S06); each row is one journal. A subject of a class or group has one teacher; a row whose
 * lessons hold marks is never removed.
 */
@Stateless
@Tenanted
@RolesAllowed({Role.SCHOOL_ADMIN, Role.HEAD, Role.DEPUTY_HEAD})
public class Assignments {
    @PersistenceContext EntityManager em;

    @Inject Caller caller;

    /**
     * Assigns a teacher to teach a subject to a class ({@code groupId} null) or to a group (then
     * {@code classId} is ignored). Refused when the subject already has a teacher there.
     */
    public AssignmentLoad create(long teacherId, long subjectId, Long classId, Long groupId) {
        Staff teacher = teacher(teacherId);
        Subject subject = SchoolRecords.subject(em, subjectId);
        TeachingAssignment assignment;
        if (groupId != null) {
            StudyGroup group = em.find(StudyGroup.class, groupId);
            if (group == null) {
                throw JournalException.notFound("group " + groupId);
            }
            requireFree(subject, groupId, "TeachingAssignment.ofSubjectAndGroup", group.getTitle());
            assignment = new TeachingAssignment(teacher, subject, group);
        } else if (classId != null) {
            SchoolClass schoolClass = em.find(SchoolClass.class, classId);
            if (schoolClass == null) {
                throw JournalException.notFound("class " + classId);
            }
            requireFree(
                    subject,
                    classId,
                    "TeachingAssignment.ofSubjectAndClassWhole",
                    schoolClass.getTitle());
            assignment = new TeachingAssignment(teacher, subject, schoolClass);
        } else {
            throw new JournalException(JournalException.Kind.INVALID, "assignment.target");
        }
        em.persist(assignment);
        em.flush();
        return view(assignment);
    }

    /** Gives the journal to another teacher; its lessons and marks stay. */
    public AssignmentLoad changeTeacher(long assignmentId, long teacherId) {
        TeachingAssignment a = assignment(assignmentId);
        a.changeTeacher(teacher(teacherId));
        em.flush();
        return view(a);
    }

    /**
     * Removes a row of the load with its timetable slots and unmarked lessons; refused, naming the
     * count, once its lessons hold marks.
     */
    public void remove(long assignmentId) {
        TeachingAssignment a = assignment(assignmentId);
        long marks =
                em.createNamedQuery("Mark.countOfAssignment", Long.class)
                        .setParameter("id", assignmentId)
                        .getSingleResult();
        if (marks > 0) {
            throw new JournalException(
                    JournalException.Kind.CONFLICT,
                    "assignment.inUse",
                    a.getTitle(),
                    a.getSubject().getName(),
                    marks);
        }
        em.createNamedQuery("TimetableEntry.deleteOfAssignment")
                .setParameter("id", assignmentId)
                .executeUpdate();
        em.createNamedQuery("Lesson.deleteOfAssignment")
                .setParameter("id", assignmentId)
                .executeUpdate();
        em.remove(a);
    }

    private void requireFree(Subject subject, long id, String query, String title) {
        em.createNamedQuery(query, TeachingAssignment.class)
                .setParameter("subjectId", subject.getId())
                .setParameter("id", id)
                .getResultStream()
                .findFirst()
                .ifPresent(
                        t -> {
                            throw new JournalException(
                                    JournalException.Kind.CONFLICT,
                                    "assignment.exists",
                                    subject.getName(),
                                    title,
                                    t.getTeacher().getShortName());
                        });
    }

    /** Only a member of staff holding the teacher role in this school teaches. */
    private Staff teacher(long staffId) {
        return teacher(em, caller.schoolId(), staffId);
    }

    /** A member of staff holding the teacher role in the school, or refused naming them. */
    public static Staff teacher(EntityManager em, long schoolId, long staffId) {
        Staff s = SchoolRecords.staff(em, staffId);
        if (s.isDismissed()) {
            throw new JournalException(
                    JournalException.Kind.INVALID, "staff.dismissed", s.getShortName());
        }
        boolean teaches =
                s.getAccountId() != null
                        && RoleRows.of(em, schoolId, s.getAccountId()).contains(Role.TEACHER);
        if (!teaches) {
            throw new JournalException(
                    JournalException.Kind.INVALID,
                    "assignment.teacher.notTeacher",
                    s.getShortName());
        }
        return s;
    }

    private TeachingAssignment assignment(long id) {
        TeachingAssignment a = em.find(TeachingAssignment.class, id);
        if (a == null) {
            throw JournalException.notFound("teaching assignment " + id);
        }
        return a;
    }

    public static AssignmentLoad view(TeachingAssignment a) {
        return new AssignmentLoad(
                a.getId(),
                a.getTeacher().getId(),
                a.getTeacher().getShortName(),
                a.getSchoolClass() == null ? null : a.getSchoolClass().getId(),
                a.getTitle(),
                a.getSubject().getId(),
                a.getSubject().getName(),
                a.getHoursPerWeek());
    }
}
