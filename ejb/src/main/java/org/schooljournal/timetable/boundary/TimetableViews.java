package org.schooljournal.timetable.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import org.schooljournal.journal.entity.Lesson;
import org.schooljournal.platform.control.SchoolClock;
import org.schooljournal.platform.control.Tenanted;
import org.schooljournal.platform.entity.JournalException;
import org.schooljournal.platform.entity.Role;
import org.schooljournal.school.boundary.Curriculum;
import org.schooljournal.school.entity.Room;
import org.schooljournal.school.entity.Staff;
import org.schooljournal.school.entity.TeachingAssignment;
import org.schooljournal.timetable.control.HoursCheck;
import org.schooljournal.timetable.control.LessonCalendar;
import org.schooljournal.timetable.entity.TimetableEntry;

/**
 * The deputy head's views of the timetable (R-S11, R-S08): the week of a teacher or of a room, a
 * teacher's lessons as a calendar, and the timetable's weekly lessons against the curriculum and
 * the load. Read only; the timetable is edited per class in {@link Timetables}.
 */
@Stateless
@Tenanted
@RolesAllowed({Role.HEAD, Role.DEPUTY_HEAD, Role.SCHOOL_ADMIN})
public class TimetableViews {
    @PersistenceContext EntityManager em;

    @Inject SchoolClock schoolClock;

    @EJB Curriculum curriculum;

    /** The teachers with a teaching assignment, by name. */
    public List<StaffWeek.Choice> teachers() {
        return em.createNamedQuery("Staff.teaching", Staff.class).getResultList().stream()
                .map(s -> new StaffWeek.Choice(s.getId(), s.getShortName()))
                .toList();
    }

    public StaffWeek teacherWeek(long staffId) {
        Staff teacher = staff(staffId);
        List<TimetableEntry> entries =
                em.createNamedQuery("TimetableEntry.ofTeacher", TimetableEntry.class)
                        .setParameter("staffId", staffId)
                        .getResultList();
        BigDecimal assigned =
                em
                        .createNamedQuery(
                                "TeachingAssignment.currentOfTeacher", TeachingAssignment.class)
                        .setParameter("staffId", staffId)
                        .getResultList()
                        .stream()
                        .map(TeachingAssignment::getHoursPerWeek)
                        .filter(h -> h != null)
                        .reduce(BigDecimal.ZERO, BigDecimal::add);
        return new StaffWeek(
                staffId,
                teacher.getShortName(),
                grid(entries, e -> teacher.getShortName()),
                entries.size(),
                assigned);
    }

    /**
     * The week of a room named as the school's list or the timetable names it (ignoring case), with
     * the rooms to choose from; a blank name gives an empty week and the rooms.
     */
    public RoomWeek roomWeek(String room) {
        List<TimetableEntry> all =
                em.createNamedQuery("TimetableEntry.all", TimetableEntry.class).getResultList();
        Map<String, String> rooms = new TreeMap<>();
        em.createNamedQuery("Room.all", Room.class)
                .getResultList()
                .forEach(r -> rooms.put(Room.key(r.getName()), r.getName()));
        all.stream()
                .map(TimetableEntry::getRoom)
                .filter(r -> r != null)
                .forEach(r -> rooms.putIfAbsent(Room.key(r), r));
        List<String> choices = List.copyOf(rooms.values());
        if (room == null || room.isBlank()) {
            return new RoomWeek(null, grid(List.of(), e -> ""), choices);
        }
        String name = rooms.get(Room.key(room));
        if (name == null) {
            throw JournalException.notFound("room " + room);
        }
        List<TimetableEntry> inRoom =
                all.stream()
                        .filter(
                                e ->
                                        e.getRoom() != null
                                                && Room.key(e.getRoom()).equals(Room.key(room)))
                        .toList();
        return new RoomWeek(
                name, grid(inRoom, e -> e.getAssignment().getTeacher().getShortName()), choices);
    }

    /**
     * Each current class and subject: its weekly lessons in the timetable against its plan (see
     * {@link HoursCheck}).
     */
    public HoursCheckData hoursCheck() {
        // distinct slots, so a slot where the class's groups learn the subject at once counts once
        List<HoursCheck.Count> counts =
                em
                        .createNamedQuery("TimetableEntry.slotsBySubject", Object[].class)
                        .getResultList()
                        .stream()
                        .map(r -> new HoursCheck.Count((Long) r[0], (Long) r[1], 1))
                        .toList();
        List<HoursCheck.Row> rows = HoursCheck.of(curriculum.load().classSubjects(), counts);
        return new HoursCheckData(rows, rows.stream().filter(HoursCheck.Row::flagged).count());
    }

    /**
     * A teacher's lessons between two dates as iCalendar, from the journal's lessons (so they show
     * once generated), with the room of the timetable's slot.
     */
    public String calendarOfTeacher(long staffId, @NotNull LocalDate from, @NotNull LocalDate to) {
        Staff teacher = staff(staffId);
        List<Lesson> lessons =
                em.createNamedQuery("Lesson.ofTeacherBetween", Lesson.class)
                        .setParameter("staffId", staffId)
                        .setParameter("from", from)
                        .setParameter("to", to)
                        .getResultList();
        return LessonCalendar.of(
                em,
                teacher.getShortName(),
                lessons,
                LessonCalendar.Reader.TEACHER,
                schoolClock.clock());
    }

    private Staff staff(long staffId) {
        Staff teacher = em.find(Staff.class, staffId);
        if (teacher == null) {
            throw JournalException.notFound("staff " + staffId);
        }
        return teacher;
    }

    /** Monday to Friday always show; Saturday and lesson numbers only when something is there. */
    private static WeekGrid grid(
            List<TimetableEntry> entries, Function<TimetableEntry, String> teacher) {
        TreeSet<Integer> days = new TreeSet<>(List.of(1, 2, 3, 4, 5));
        TreeSet<Integer> numbers = new TreeSet<>();
        Map<String, List<WeekGrid.Cell>> cells = new HashMap<>();
        for (TimetableEntry e : entries) {
            int day = e.getWeekday().getValue();
            days.add(day);
            numbers.add(e.getLessonNumber());
            cells.computeIfAbsent(WeekData.key(day, e.getLessonNumber()), k -> new ArrayList<>())
                    .add(
                            new WeekGrid.Cell(
                                    e.getAssignment().getSchoolClass().getTitle(),
                                    e.getAssignment().getSubject().getName(),
                                    teacher.apply(e),
                                    e.getRoom()));
        }
        return new WeekGrid(List.copyOf(days), List.copyOf(numbers), cells);
    }
}
