package org.schooljournal.timetable.boundary;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.sql.DataSource;
import org.schooljournal.calendar.boundary.Calendars;
import org.schooljournal.calendar.boundary.YearView;
import org.schooljournal.calendar.control.SchoolDays;
import org.schooljournal.journal.entity.Lesson;
import org.schooljournal.platform.control.Caller;
import org.schooljournal.platform.control.Tenanted;
import org.schooljournal.platform.entity.JournalException;
import org.schooljournal.platform.entity.Role;
import org.schooljournal.school.entity.SchoolClass;
import org.schooljournal.school.entity.TeachingAssignment;
import org.schooljournal.timetable.control.Calendar;
import org.schooljournal.timetable.control.ExistingLesson;
import org.schooljournal.timetable.control.LessonGeneration;
import org.schooljournal.timetable.control.LessonWriter;
import org.schooljournal.timetable.control.Slot;
import org.schooljournal.timetable.control.TimetableRules;
import org.schooljournal.timetable.entity.TimetableEntry;

/**
 * The weekly timetable of the school and the lessons generated from it (R-S10, R-S11). Head, deputy
 * head and school administrator edit it; a double booking is refused naming the clash.
 */
@Stateless
@Tenanted
@RolesAllowed({Role.HEAD, Role.DEPUTY_HEAD, Role.SCHOOL_ADMIN})
public class Timetables {
    /** Lessons a day a timetable may hold. */
    public static final int MAX_LESSONS = 8;

    /** The municipality's time zone; per-school zones come with the municipality's settings. */
    static final java.time.ZoneId ZONE = java.time.ZoneId.of("Europe/Moscow");

    @PersistenceContext EntityManager em;

    @Resource(lookup = "jdbc/journal")
    DataSource dataSource;

    @EJB Calendars calendars;

    @Inject Caller caller;

    public WeekView ofClass(long classId) {
        SchoolClass schoolClass = schoolClass(classId);
        List<WeekView.Choice> choices =
                em
                        .createNamedQuery("TeachingAssignment.ofClass", TeachingAssignment.class)
                        .setParameter("classId", classId)
                        .getResultList()
                        .stream()
                        .map(
                                a ->
                                        new WeekView.Choice(
                                                a.getId(),
                                                a.getSubject().getName(),
                                                a.getTeacher().getShortName()))
                        .toList();
        Map<String, WeekView.Cell> cells = new HashMap<>();
        for (TimetableEntry e : entriesOf(classId)) {
            TeachingAssignment a = e.getAssignment();
            cells.put(
                    WeekView.key(e.getWeekday().getValue(), e.getLessonNumber()),
                    new WeekView.Cell(
                            e.getId(),
                            a.getId(),
                            a.getSubject().getName(),
                            a.getTeacher().getShortName(),
                            e.getRoom()));
        }
        return new WeekView(
                classId, schoolClass.getTitle(), schoolClass.getWeekDays(), choices, cells);
    }

    /**
     * Puts a subject (teaching assignment) of the class in a slot, replacing what stood there, or
     * clears the slot when {@code assignmentId} is null. Refused with the clash named when the
     * teacher or the room is busy at that time.
     */
    public WeekView set(
            long classId,
            @NotNull DayOfWeek weekday,
            @Min(1) @Max(MAX_LESSONS) int number,
            Long assignmentId,
            @Size(max = 20) String room) {
        SchoolClass schoolClass = schoolClass(classId);
        entriesOf(classId).stream()
                .filter(e -> e.getWeekday() == weekday && e.getLessonNumber() == number)
                .forEach(em::remove);
        em.flush();
        if (assignmentId != null) {
            TeachingAssignment assignment = em.find(TeachingAssignment.class, assignmentId);
            if (assignment == null || !assignment.getSchoolClass().getId().equals(classId)) {
                throw JournalException.notFound("assignment " + assignmentId);
            }
            TimetableEntry entry = new TimetableEntry(assignment, weekday, number, room);
            List<JournalException> clashes =
                    TimetableRules.clashes(slot(entry), schoolClass.getWeekDays(), allSlots());
            if (!clashes.isEmpty()) {
                throw clashes.get(0);
            }
            em.persist(entry);
        }
        return ofClass(classId);
    }

    /**
     * Generates the lessons of a class (or of every class when {@code classId} is null) between two
     * dates of one academic year, from the timetable, on study days only. Idempotent.
     */
    public GenerationReport generate(Long classId, @NotNull LocalDate from, @NotNull LocalDate to) {
        long started = System.nanoTime();
        if (to.isBefore(from)) {
            throw new JournalException(
                    JournalException.Kind.INVALID, "timetable.range.order", from, to);
        }
        YearView year =
                calendars
                        .yearOn(from)
                        .filter(y -> !to.isAfter(y.endsOn()))
                        .orElseThrow(
                                () ->
                                        new JournalException(
                                                JournalException.Kind.INVALID,
                                                "timetable.range.outsideYear",
                                                from,
                                                to));
        SchoolDays days = calendars.schoolDays(year.id());
        List<TimetableEntry> entries =
                classId == null
                        ? em.createNamedQuery("TimetableEntry.all", TimetableEntry.class)
                                .getResultList()
                        : entriesOf(schoolClass(classId).getId());
        List<LessonGeneration.WeeklySlot> weekly =
                entries.stream()
                        .map(
                                e ->
                                        new LessonGeneration.WeeklySlot(
                                                e.getAssignment().getId(),
                                                e.getAssignment().getSchoolClass().getGrade(),
                                                e.getAssignment().getSchoolClass().getWeekDays(),
                                                e.getWeekday(),
                                                e.getLessonNumber()))
                        .toList();
        List<ExistingLesson> existing = existingLessons(classId, from, to);
        LessonGeneration.Plan plan =
                LessonGeneration.plan(weekly, days::isStudyDay, from, to, existing);
        for (int i = 0; i < plan.delete().size(); i += 1000) {
            em.createQuery("delete from Lesson l where l.id in :ids")
                    .setParameter(
                            "ids",
                            plan.delete().subList(i, Math.min(i + 1000, plan.delete().size())))
                    .executeUpdate();
        }
        LessonWriter.insert(dataSource, caller.schoolId(), plan.create());
        return new GenerationReport(
                plan.create().size(),
                plan.delete().size(),
                plan.kept(),
                conflicts(plan.conflicts()),
                (System.nanoTime() - started) / 1_000_000);
    }

    /** R-S10: a class's five- or six-day week; a six-day class may have Saturday lessons. */
    public WeekView setWeekDays(long classId, @Min(5) @Max(6) int days) {
        SchoolClass schoolClass = schoolClass(classId);
        if (days == 5
                && entriesOf(classId).stream()
                        .anyMatch(e -> e.getWeekday() == DayOfWeek.SATURDAY)) {
            throw new JournalException(
                    JournalException.Kind.CONFLICT,
                    "timetable.saturdayInUse",
                    schoolClass.getTitle());
        }
        schoolClass.studyDaysAWeek(days);
        return ofClass(classId);
    }

    /**
     * The lessons of a class between two dates as an iCalendar file (R-S11), from the journal's
     * lessons, so substitutions of the timetable after generation show too.
     */
    public String calendarOfClass(long classId, @NotNull LocalDate from, @NotNull LocalDate to) {
        SchoolClass schoolClass = schoolClass(classId);
        Map<String, String> roomBySlot = new HashMap<>();
        for (TimetableEntry e : entriesOf(classId)) {
            if (e.getRoom() != null) {
                roomBySlot.put(
                        e.getAssignment().getId()
                                + ":"
                                + e.getWeekday().getValue()
                                + ":"
                                + e.getLessonNumber(),
                        e.getRoom());
            }
        }
        List<Calendar.Event> events =
                em
                        .createQuery(
                                "select l from Lesson l join fetch l.assignment a join fetch a.subject join fetch a.teacher"
                                        + " where a.schoolClass.id = :classId and l.date between :from and :to"
                                        + " order by l.date, l.number",
                                Lesson.class)
                        .setParameter("classId", classId)
                        .setParameter("from", from)
                        .setParameter("to", to)
                        .getResultList()
                        .stream()
                        .map(
                                l ->
                                        new Calendar.Event(
                                                l.getId(),
                                                l.getDate(),
                                                l.getNumber(),
                                                l.getAssignment().getSubject().getName()
                                                        + " ("
                                                        + l.getAssignment()
                                                                .getTeacher()
                                                                .getShortName()
                                                        + ")",
                                                roomBySlot.get(
                                                        l.getAssignment().getId()
                                                                + ":"
                                                                + l.getDate()
                                                                        .getDayOfWeek()
                                                                        .getValue()
                                                                + ":"
                                                                + l.getNumber())))
                        .toList();
        return Calendar.of(schoolClass.getTitle(), ZONE, events);
    }

    private List<ExistingLesson> existingLessons(Long classId, LocalDate from, LocalDate to) {
        String scope = classId == null ? "" : " and l.assignment.schoolClass.id = :classId";
        var marked =
                em.createQuery(
                                "select distinct m.lesson.id from Mark m, Lesson l where m.lesson = l and l.date between :from and :to"
                                        + scope,
                                Long.class)
                        .setParameter("from", from)
                        .setParameter("to", to);
        var lessons =
                em.createQuery(
                                "select l.id, l.assignment.id, l.date, l.number from Lesson l where l.date between :from and :to"
                                        + scope,
                                Object[].class)
                        .setParameter("from", from)
                        .setParameter("to", to);
        if (classId != null) {
            marked.setParameter("classId", classId);
            lessons.setParameter("classId", classId);
        }
        Set<Long> recorded = new HashSet<>(marked.getResultList());
        return lessons.getResultList().stream()
                .map(
                        r ->
                                new ExistingLesson(
                                        (Long) r[0],
                                        (Long) r[1],
                                        (LocalDate) r[2],
                                        (Integer) r[3],
                                        recorded.contains((Long) r[0])))
                .toList();
    }

    private List<GenerationReport.Conflict> conflicts(List<ExistingLesson> lessons) {
        return lessons.stream()
                .map(
                        c -> {
                            Lesson l = em.find(Lesson.class, c.id());
                            return new GenerationReport.Conflict(
                                    c.id(),
                                    l.getAssignment().getSchoolClass().getTitle(),
                                    l.getAssignment().getSubject().getName(),
                                    c.date(),
                                    c.number());
                        })
                .toList();
    }

    private SchoolClass schoolClass(long classId) {
        SchoolClass schoolClass = em.find(SchoolClass.class, classId);
        if (schoolClass == null) {
            throw JournalException.notFound("class " + classId);
        }
        return schoolClass;
    }

    private List<TimetableEntry> entriesOf(long classId) {
        return em.createNamedQuery("TimetableEntry.ofClass", TimetableEntry.class)
                .setParameter("classId", classId)
                .getResultList();
    }

    private List<Slot> allSlots() {
        return em
                .createNamedQuery("TimetableEntry.all", TimetableEntry.class)
                .getResultList()
                .stream()
                .map(Timetables::slot)
                .toList();
    }

    private static Slot slot(TimetableEntry e) {
        TeachingAssignment a = e.getAssignment();
        return new Slot(
                e.getId(),
                a.getId(),
                a.getSchoolClass().getId(),
                a.getSchoolClass().getTitle(),
                a.getTeacher().getId(),
                a.getTeacher().getShortName(),
                a.getSubject().getName(),
                e.getRoom(),
                e.getWeekday(),
                e.getLessonNumber());
    }
}
