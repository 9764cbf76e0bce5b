package org.schooljournal.journal.boundary;

import static org.schooljournal.journal.control.JournalChange.Subject.SUBSTITUTION;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
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
import org.schooljournal.journal.control.JournalChange;
import org.schooljournal.journal.control.LessonAccess;
import org.schooljournal.journal.control.RecordedChanges;
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

    /** R-A08: every change is recorded by whoever observes it (the audit trail). */
    @Inject Event<JournalChange> changes;

    @Inject LessonAccess access;

    @Inject RecordedChanges recorded;

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
        changes.fire(
                JournalChange.of(
                        SUBSTITUTION,
                        lesson,
                        null,
                        "given_by",
                        old == null ? null : old.getShortName(),
                        lesson.getGivenBy() == null ? null : lesson.getGivenBy().getShortName()));
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
        em.createNamedQuery("Mark.followLesson")
                .setParameter("date", date)
                .setParameter("lessonId", lessonId)
                .executeUpdate();
        changes.fire(
                JournalChange.of(SUBSTITUTION, lesson, null, "moved", old, date + " #" + number));
        em.flush();
    }

    /**
     * The school's lessons of {@code date} by class and lesson number, with their substitutes, the
     * lessons moved here and those moved away to another slot (read from the audit trail). Three
     * queries whatever the school's size.
     */
    public SubstitutionDay day(@NotNull LocalDate date) {
        List<Lesson> lessons =
                em.createNamedQuery("Lesson.ofDateWithJournal", Lesson.class)
                        .setParameter("date", date)
                        .getResultList();
        String prefix = date + " #";
        Map<Long, String> movedFrom = new HashMap<>();
        Map<Long, Integer> movedAwayFrom = new HashMap<>();
        for (JournalChange e : recorded.movesOf(prefix)) {
            if (e.newValue() != null && e.newValue().startsWith(prefix)) {
                movedFrom.put(e.lessonId(), e.oldValue());
            }
            if (e.oldValue() != null && e.oldValue().startsWith(prefix)) {
                movedAwayFrom.put(e.lessonId(), slotNumber(e.oldValue()));
            }
        }
        lessons.forEach(l -> movedAwayFrom.remove(l.getId()));
        List<Lesson> away =
                movedAwayFrom.isEmpty()
                        ? List.of()
                        : em.createNamedQuery("Lesson.byIdsWithJournal", Lesson.class)
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
                .createNamedQuery("Staff.withRole", Staff.class)
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
                em.createNamedQuery("Lesson.inSlotOfJournalOrClass", Lesson.class)
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
