package org.schooljournal.timetable.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.schooljournal.journal.entity.Lesson;
import org.schooljournal.platform.control.Caller;
import org.schooljournal.platform.control.SchoolClock;
import org.schooljournal.platform.control.Tenanted;
import org.schooljournal.platform.entity.Role;
import org.schooljournal.timetable.control.LessonCalendar;
import org.schooljournal.timetable.entity.TimetableEntry;

/** A teacher's own timetable and its lessons as a calendar (R-S11): where to be, when. */
@Stateless
@Tenanted
@RolesAllowed({Role.TEACHER, Role.CLASS_TEACHER})
public class MyTimetable {
    @PersistenceContext EntityManager em;

    @Inject SchoolClock schoolClock;

    @Inject Caller caller;

    public TeacherWeek week() {
        Map<String, String> slots = new TreeMap<>();
        TreeSet<Integer> days = new TreeSet<>(List.of(1, 2, 3, 4, 5));
        TreeSet<Integer> numbers = new TreeSet<>();
        for (TimetableEntry e :
                em.createNamedQuery("TimetableEntry.ofTeacherAccount", TimetableEntry.class)
                        .setParameter("accountId", caller.accountId())
                        .getResultList()) {
            int day = e.getWeekday().getValue();
            days.add(day);
            numbers.add(e.getLessonNumber());
            slots.merge(
                    WeekData.key(day, e.getLessonNumber()),
                    e.getAssignment().getTitle()
                            + " · "
                            + e.getAssignment().getSubject().getName()
                            + (e.getRoom() == null ? "" : " · " + e.getRoom()),
                    (a, b) -> a + "; " + b);
        }
        return new TeacherWeek(List.copyOf(days), List.copyOf(numbers), slots);
    }

    /** The teacher's lessons between two dates (those it gives by assignment) as iCalendar. */
    public String calendar(@NotNull LocalDate from, @NotNull LocalDate to) {
        List<Lesson> lessons =
                em.createNamedQuery("Lesson.ofTeacherAccountBetween", Lesson.class)
                        .setParameter("accountId", caller.accountId())
                        .setParameter("from", from)
                        .setParameter("to", to)
                        .getResultList();
        return LessonCalendar.of(
                em, caller.login(), lessons, LessonCalendar.Reader.TEACHER, schoolClock.clock());
    }
}
