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
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.schooljournal.audit.control.AuditTrail;
import org.schooljournal.audit.entity.AuditEntry;
import org.schooljournal.journal.control.LessonAccess;
import org.schooljournal.journal.entity.Lesson;
import org.schooljournal.platform.control.Caller;
import org.schooljournal.platform.control.Dates;
import org.schooljournal.platform.control.Tenanted;
import org.schooljournal.platform.entity.JournalException;
import org.schooljournal.platform.entity.Role;
import org.schooljournal.school.boundary.Assignments;
import org.schooljournal.school.entity.Staff;
import org.schooljournal.school.entity.TeachingAssignment;

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

    @Inject LessonAccess access;

    /** Another teacher gives the lesson; {@code staffId} null gives it back to the journal's. */
    public void substitute(long lessonId, Long staffId) {
        Lesson lesson = lesson(lessonId);
        access.requireOpen(lesson.getAssignment(), lesson.getDate());
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

    /**
     * The lesson moves, with whatever was entered in it; a taken slot answers 409. Only onto a
     * study day of its class (R-S02): never into holidays, onto a day off or a day of rest of its
     * week, nor outside its academic year; the refusal names why.
     */
    public void move(long lessonId, @NotNull LocalDate date, @Min(1) @Max(8) int number) {
        Lesson lesson = lesson(lessonId);
        access.requireOpen(lesson.getAssignment(), lesson.getDate());
        access.requireStudyDay(lesson, date);
        access.requireOpen(lesson.getAssignment(), date);
        String old = lesson.getDate() + " #" + lesson.getNumber();
        lesson.moveTo(date, number);
        audit.changed(
                AuditEntry.Subject.SUBSTITUTION, lesson, null, "moved", old, date + " #" + number);
        em.flush();
    }

    /**
     * The school's lessons of {@code date} by class and lesson number, with their substitutes, the
     * lessons moved here and those moved away to another slot (read from the audit trail). Three
     * queries whatever the school's size.
     */
    public SubstitutionDay day(@NotNull LocalDate date) {
        List<Lesson> lessons =
                em.createQuery(
                                "select l from Lesson l join fetch l.assignment a"
                                        + " join fetch a.subject join fetch a.teacher"
                                        + " left join fetch a.schoolClass left join fetch a.group"
                                        + " left join fetch l.givenBy where l.date = :date",
                                Lesson.class)
                        .setParameter("date", date)
                        .getResultList();
        String prefix = date + " #";
        List<AuditEntry> moves =
                em.createQuery(
                                "select e from AuditEntry e where e.subject = :subject"
                                        + " and e.detail = 'moved'"
                                        + " and (e.oldValue like :slot or e.newValue like :slot)"
                                        + " order by e.seq",
                                AuditEntry.class)
                        .setParameter("subject", AuditEntry.Subject.SUBSTITUTION)
                        .setParameter("slot", prefix + "%")
                        .getResultList();
        Map<Long, String> movedFrom = new HashMap<>();
        Map<Long, Integer> movedAwayFrom = new HashMap<>();
        for (AuditEntry e : moves) {
            if (e.getNewValue() != null && e.getNewValue().startsWith(prefix)) {
                movedFrom.put(e.getLessonId(), e.getOldValue());
            }
            if (e.getOldValue() != null && e.getOldValue().startsWith(prefix)) {
                movedAwayFrom.put(e.getLessonId(), slotNumber(e.getOldValue()));
            }
        }
        lessons.forEach(l -> movedAwayFrom.remove(l.getId()));
        List<Lesson> away =
                movedAwayFrom.isEmpty()
                        ? List.of()
                        : em.createQuery(
                                        "select l from Lesson l join fetch l.assignment a"
                                                + " join fetch a.subject join fetch a.teacher"
                                                + " left join fetch a.schoolClass"
                                                + " left join fetch a.group"
                                                + " left join fetch l.givenBy where l.id in :ids",
                                        Lesson.class)
                                .setParameter("ids", List.copyOf(movedAwayFrom.keySet()))
                                .getResultList();
        List<SubstitutionDay.Row> rows = new ArrayList<>();
        for (Lesson l : lessons) {
            String from = movedFrom.get(l.getId());
            rows.add(row(l, l.getNumber(), false, from));
        }
        for (Lesson l : away) {
            rows.add(row(l, movedAwayFrom.get(l.getId()), true, null));
        }
        Map<Long, TeachingAssignment> byLesson = new HashMap<>();
        lessons.forEach(l -> byLesson.put(l.getId(), l.getAssignment()));
        away.forEach(l -> byLesson.put(l.getId(), l.getAssignment()));
        rows.sort(
                Comparator.comparing(
                                (SubstitutionDay.Row r) -> byLesson.get(r.lessonId()).getGrade())
                        .thenComparing(SubstitutionDay.Row::classTitle)
                        .thenComparing(SubstitutionDay.Row::number)
                        .thenComparing(SubstitutionDay.Row::subject));
        return new SubstitutionDay(date, rows);
    }

    /** The school's teachers (accounts with the teacher role), by name: who may substitute. */
    public List<SubstitutionDay.Teacher> teachers() {
        return em
                .createQuery(
                        "select s from Staff s where s.accountId in (select r.accountId from"
                                + " AccountRole r where r.schoolId = :school and r.role = :role)"
                                + " order by s.lastName, s.firstName, s.middleName, s.id",
                        Staff.class)
                .setParameter("school", caller.schoolId())
                .setParameter("role", Role.TEACHER)
                .getResultList()
                .stream()
                .map(s -> new SubstitutionDay.Teacher(s.getId(), s.getShortName()))
                .toList();
    }

    /**
     * Moves the lesson as {@link #move} does, refusing first, with a message the screen can show, a
     * slot where its journal already has a lesson, or where its class already has a lesson that is
     * not another group's.
     */
    public void reschedule(long lessonId, @NotNull LocalDate date, @Min(1) @Max(8) int number) {
        Lesson lesson = lesson(lessonId);
        TeachingAssignment a = lesson.getAssignment();
        List<Lesson> there =
                em.createQuery(
                                "select l from Lesson l join fetch l.assignment a"
                                        + " join fetch a.subject left join fetch a.group"
                                        + " where l.date = :date and l.number = :number"
                                        + " and l.id <> :id and (a.id = :assignmentId"
                                        + " or a.schoolClass.id = :classId)",
                                Lesson.class)
                        .setParameter("date", date)
                        .setParameter("number", number)
                        .setParameter("id", lessonId)
                        .setParameter("assignmentId", a.getId())
                        .setParameter(
                                "classId",
                                a.getSchoolClass() == null ? -1L : a.getSchoolClass().getId())
                        .getResultList();
        for (Lesson other : there) {
            TeachingAssignment b = other.getAssignment();
            boolean clash =
                    b.getId().equals(a.getId())
                            || a.getGroup() == null
                            || b.getGroup() == null
                            || a.getGroup().getId().equals(b.getGroup().getId());
            if (clash) {
                throw new JournalException(
                        JournalException.Kind.CONFLICT,
                        "substitution.slotTaken",
                        Dates.shown(date),
                        number,
                        b.getTitle(),
                        b.getSubject().getName());
            }
        }
        move(lessonId, date, number);
    }

    private static SubstitutionDay.Row row(Lesson l, int number, boolean away, String from) {
        TeachingAssignment a = l.getAssignment();
        String subject =
                a.getGroup() == null
                        ? a.getSubject().getName()
                        : a.getSubject().getName() + " (" + a.getGroup().getTitle() + ")";
        return new SubstitutionDay.Row(
                l.getId(),
                a.getSchoolClass() == null ? a.getTitle() : a.getSchoolClass().getTitle(),
                number,
                subject,
                a.getTeacher().getShortName(),
                l.getGivenBy() == null ? null : l.getGivenBy().getId(),
                l.getGivenBy() == null ? null : l.getGivenBy().getShortName(),
                l.getDate(),
                l.getNumber(),
                away,
                from == null ? null : LocalDate.parse(from.substring(0, from.indexOf(' '))),
                from == null ? null : slotNumber(from));
    }

    /** The lesson number of an audited slot «2026-03-10 #3». */
    private static int slotNumber(String slot) {
        return Integer.parseInt(slot.substring(slot.indexOf('#') + 1).strip());
    }

    private Lesson lesson(long lessonId) {
        Lesson lesson = em.find(Lesson.class, lessonId);
        if (lesson == null) {
            throw JournalException.notFound("lesson " + lessonId);
        }
        return lesson;
    }
}
