package org.schooljournal.journal.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import org.schooljournal.audit.control.AuditTrail;
import org.schooljournal.audit.entity.AuditEntry;
import org.schooljournal.journal.entity.Lesson;
import org.schooljournal.platform.control.Caller;
import org.schooljournal.platform.control.Tenanted;
import org.schooljournal.platform.entity.JournalException;
import org.schooljournal.platform.entity.Role;
import org.schooljournal.school.boundary.Assignments;
import org.schooljournal.school.entity.Staff;

/**
 * R-J06: the deputy head records, in advance or after, that another teacher gives a lesson (who
 * then writes in that lesson of the journal) and moves lessons to another day or lesson number.
 * Both show in the journal and are audited.
 */
@Stateless
@Tenanted
@RolesAllowed({Role.HEAD, Role.DEPUTY_HEAD})
public class Substitutions {
    @PersistenceContext EntityManager em;

    @Inject Caller caller;

    @Inject AuditTrail audit;

    /** Another teacher gives the lesson; {@code staffId} null gives it back to the journal's. */
    public void substitute(long lessonId, Long staffId) {
        Lesson lesson = lesson(lessonId);
        Staff old = lesson.getGivenBy();
        Staff teacher =
                staffId == null ? null : Assignments.teacher(em, caller.schoolId(), staffId);
        lesson.substitute(
                teacher == null
                                || teacher.getId()
                                        .equals(lesson.getAssignment().getTeacher().getId())
                        ? null
                        : teacher);
        audit.changed(
                AuditEntry.Subject.SUBSTITUTION,
                lesson,
                null,
                "given_by",
                old == null ? null : old.getShortName(),
                lesson.getGivenBy() == null ? null : lesson.getGivenBy().getShortName());
        em.flush();
    }

    /** The lesson moves, with whatever was entered in it; a taken slot answers 409. */
    public void move(long lessonId, @NotNull LocalDate date, @Min(1) @Max(8) int number) {
        Lesson lesson = lesson(lessonId);
        String old = lesson.getDate() + " #" + lesson.getNumber();
        lesson.moveTo(date, number);
        audit.changed(
                AuditEntry.Subject.SUBSTITUTION, lesson, null, "moved", old, date + " #" + number);
        em.flush();
    }

    private Lesson lesson(long lessonId) {
        Lesson lesson = em.find(Lesson.class, lessonId);
        if (lesson == null) {
            throw JournalException.notFound("lesson " + lessonId);
        }
        return lesson;
    }
}
