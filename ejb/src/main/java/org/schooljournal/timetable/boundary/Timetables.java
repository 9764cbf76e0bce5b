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
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.sql.DataSource;
import org.schooljournal.calendar.boundary.Calendars;
import org.schooljournal.calendar.boundary.YearData;
import org.schooljournal.calendar.control.SchoolDays;
import org.schooljournal.journal.entity.Lesson;
import org.schooljournal.platform.control.Caller;
import org.schooljournal.platform.control.SchoolClock;
import org.schooljournal.platform.control.TableStatistics;
import org.schooljournal.platform.control.Tenanted;
import org.schooljournal.platform.entity.JournalException;
import org.schooljournal.platform.entity.Role;
import org.schooljournal.school.entity.SchoolClass;
import org.schooljournal.school.entity.StudyGroup;
import org.schooljournal.school.entity.TeachingAssignment;
import org.schooljournal.timetable.control.ExistingLesson;
import org.schooljournal.timetable.control.LessonCalendar;
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

    @PersistenceContext EntityManager em;

    @Inject SchoolClock schoolClock;

    @Resource(lookup = "jdbc/journal")
    DataSource dataSource;

    @Inject TableStatistics statistics;

    @EJB Calendars calendars;

    @Inject Caller caller;

    public WeekData ofClass(long classId) {
        SchoolClass schoolClass = schoolClass(classId);
        List<Long> streams = streamsOf(classId);
        List<TeachingAssignment> assignments =
                new ArrayList<>(
                        em.createNamedQuery("TeachingAssignment.ofClass", TeachingAssignment.class)
                                .setParameter("classId", classId)
                                .getResultList());
        if (!streams.isEmpty()) {
            assignments.addAll(
                    em.createNamedQuery("TeachingAssignment.ofGroups", TeachingAssignment.class)
                            .setParameter("groupIds", streams)
                            .getResultList());
        }
        List<WeekData.Choice> choices =
                assignments.stream()
                        .map(
                                a ->
                                        new WeekData.Choice(
                                                a.getId(),
                                                a.getSubject().getName(),
                                                a.getTeacher().getShortName(),
                                                groupName(a)))
                        .toList();
        Map<String, List<WeekData.Cell>> cells = new HashMap<>();
        for (TimetableEntry e : weekOf(classId, streams)) {
            TeachingAssignment a = e.getAssignment();
            cells.computeIfAbsent(
                            WeekData.key(e.getWeekday().getValue(), e.getLessonNumber()),
                            k -> new ArrayList<>())
                    .add(
                            new WeekData.Cell(
                                    e.getId(),
                                    a.getId(),
                                    a.getSubject().getName(),
                                    a.getTeacher().getShortName(),
                                    e.getRoom(),
                                    groupName(a)));
        }
        return new WeekData(
                classId, schoolClass.getTitle(), schoolClass.getWeekDays(), choices, cells);
    }

    /**
     * Puts a subject (teaching assignment) of the class, of one of its groups or of a stream its
     * pupils are in, in a slot, replacing the class's lessons there that need the same pupils (a
     * group's lesson leaves the other groups' lessons beside it, R-S06), or clears the class's slot
     * when {@code assignmentId} is null. Refused with the clash named when a teacher, a room or
     * pupils are busy at that time.
     */
    public WeekData set(
            long classId,
            @NotNull DayOfWeek weekday,
            @Min(1) @Max(MAX_LESSONS) int number,
            Long assignmentId,
            @Size(max = 20) String room) {
        SchoolClass schoolClass = schoolClass(classId);
        List<TimetableEntry> inSlot =
                entriesOf(classId).stream()
                        .filter(e -> e.getWeekday() == weekday && e.getLessonNumber() == number)
                        .toList();
        if (assignmentId == null) {
            inSlot.forEach(em::remove);
            return ofClass(classId);
        }
        TeachingAssignment assignment = em.find(TeachingAssignment.class, assignmentId);
        boolean ofClass =
                assignment != null
                        && assignment.getSchoolClass() != null
                        && assignment.getSchoolClass().getId().equals(classId);
        boolean ofStream =
                assignment != null
                        && assignment.getSchoolClass() == null
                        && streamsOf(classId).contains(assignment.getGroup().getId());
        if (!ofClass && !ofStream) {
            throw JournalException.notFound("assignment " + assignmentId);
        }
        TimetableEntry entry = new TimetableEntry(assignment, weekday, number, room);
        Map<Long, Set<Long>> pupils = pupilsByClass();
        Slot candidate = slot(entry, pupils);
        inSlot.stream().filter(e -> slot(e, pupils).sharesPupils(candidate)).forEach(em::remove);
        em.flush();
        List<JournalException> clashes =
                TimetableRules.clashes(candidate, schoolClass.getWeekDays(), allSlots(pupils));
        if (!clashes.isEmpty()) {
            throw clashes.get(0);
        }
        em.persist(entry);
        return ofClass(classId);
    }

    /** Takes one lesson out of the week, such as one group's lesson beside another's. */
    public WeekData removeEntry(long classId, long entryId) {
        schoolClass(classId);
        TimetableEntry entry = em.find(TimetableEntry.class, entryId);
        if (entry == null
                || weekOf(classId, streamsOf(classId)).stream()
                        .noneMatch(e -> e.getId().equals(entryId))) {
            throw JournalException.notFound("timetable entry " + entryId);
        }
        em.remove(entry);
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
        YearData year =
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
                        : weekOf(schoolClass(classId).getId(), streamsOf(classId));
        List<LessonGeneration.WeeklySlot> weekly =
                entries.stream()
                        .map(
                                e ->
                                        new LessonGeneration.WeeklySlot(
                                                e.getAssignment().getId(),
                                                e.getAssignment().getGrade(),
                                                weekDays(e.getAssignment()),
                                                e.getWeekday(),
                                                e.getLessonNumber()))
                        .toList();
        List<ExistingLesson> existing =
                existingLessons(classId == null ? null : scopeOf(classId), from, to);
        LessonGeneration.Plan plan =
                LessonGeneration.plan(weekly, days::isStudyDay, from, to, existing);
        for (int i = 0; i < plan.delete().size(); i += 1000) {
            em.createNamedQuery("Lesson.deleteByIds")
                    .setParameter(
                            "ids",
                            plan.delete().subList(i, Math.min(i + 1000, plan.delete().size())))
                    .executeUpdate();
        }
        LessonWriter.insert(dataSource, caller.schoolId(), plan.create());
        if (!plan.create().isEmpty() || !plan.delete().isEmpty()) {
            statistics.afterCommit("lesson");
        }
        return new GenerationReport(
                plan.create().size(),
                plan.delete().size(),
                plan.kept(),
                conflicts(plan.conflicts()),
                (System.nanoTime() - started) / 1_000_000);
    }

    /** R-S10: a class's five- or six-day week; a six-day class may have Saturday lessons. */
    public WeekData setWeekDays(long classId, @Min(5) @Max(6) int days) {
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
        List<Lesson> lessons =
                em.createNamedQuery("Lesson.ofClassBetween", Lesson.class)
                        .setParameter("classId", classId)
                        .setParameter("from", from)
                        .setParameter("to", to)
                        .getResultList();
        return LessonCalendar.of(
                em,
                schoolClass.getTitle(),
                lessons,
                LessonCalendar.Reader.CLASS,
                schoolClock.clock());
    }

    /**
     * The journals a class's generation covers: the class's own and those of the streams its pupils
     * are in, whose lessons follow their timetable slots alone.
     */
    private List<Long> scopeOf(long classId) {
        List<Long> ids = new ArrayList<>();
        ids.add(-1L); // never an id: keeps "in" valid for a class without journals
        em.createNamedQuery("TeachingAssignment.ofClass", TeachingAssignment.class)
                .setParameter("classId", classId)
                .getResultList()
                .forEach(a -> ids.add(a.getId()));
        List<Long> streams = streamsOf(classId);
        if (!streams.isEmpty()) {
            em.createNamedQuery("TeachingAssignment.ofGroups", TeachingAssignment.class)
                    .setParameter("groupIds", streams)
                    .getResultList()
                    .forEach(a -> ids.add(a.getId()));
        }
        return ids;
    }

    private List<ExistingLesson> existingLessons(
            List<Long> assignmentIds, LocalDate from, LocalDate to) {
        // all the school's lessons in the dates, or only those of the journals named
        String scope = assignmentIds == null ? "Between" : "OfJournalsBetween";
        var marked =
                em.createNamedQuery("Lesson.marked" + scope, Long.class)
                        .setParameter("from", from)
                        .setParameter("to", to);
        var lessons =
                em.createNamedQuery("Lesson.slots" + scope, Object[].class)
                        .setParameter("from", from)
                        .setParameter("to", to);
        if (assignmentIds != null) {
            marked.setParameter("ids", assignmentIds);
            lessons.setParameter("ids", assignmentIds);
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
                                    l.getAssignment().getTitle(),
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

    /** The class's own lessons and those of the streams its pupils are in. */
    private List<TimetableEntry> weekOf(long classId, List<Long> streams) {
        List<TimetableEntry> entries = new ArrayList<>(entriesOf(classId));
        if (!streams.isEmpty()) {
            entries.addAll(
                    em.createNamedQuery("TimetableEntry.ofGroups", TimetableEntry.class)
                            .setParameter("groupIds", streams)
                            .getResultList());
        }
        return entries;
    }

    /** The streams (groups across classes) with a member in the class. */
    private List<Long> streamsOf(long classId) {
        return em.createNamedQuery("StudyGroup.streamsOfClass", Long.class)
                .setParameter("classId", classId)
                .getResultList();
    }

    /** The pupils of each class, for the clash rules of streams (R-S06). */
    private Map<Long, Set<Long>> pupilsByClass() {
        Map<Long, Set<Long>> byClass = new HashMap<>();
        em.createNamedQuery("Pupil.presentByClass", Object[].class)
                .getResultList()
                .forEach(
                        r ->
                                byClass.computeIfAbsent((Long) r[1], k -> new HashSet<>())
                                        .add((Long) r[0]));
        return byClass;
    }

    /** A stream has no class of its own; its lessons may fall on any day of the week but Sunday. */
    private static int weekDays(TeachingAssignment a) {
        return a.getSchoolClass() == null ? 6 : a.getSchoolClass().getWeekDays();
    }

    private static String groupName(TeachingAssignment a) {
        return a.getGroup() == null ? null : a.getGroup().getName();
    }

    private List<Slot> allSlots(Map<Long, Set<Long>> pupils) {
        return em
                .createNamedQuery("TimetableEntry.all", TimetableEntry.class)
                .getResultList()
                .stream()
                .map(e -> slot(e, pupils))
                .toList();
    }

    private static Slot slot(TimetableEntry e, Map<Long, Set<Long>> pupils) {
        TeachingAssignment a = e.getAssignment();
        StudyGroup group = a.getGroup();
        long classId = a.getSchoolClass() == null ? 0 : a.getSchoolClass().getId();
        return new Slot(
                e.getId(),
                a.getId(),
                classId,
                a.getTitle(),
                a.getTeacher().getId(),
                a.getTeacher().getShortName(),
                a.getSubject().getName(),
                e.getRoom(),
                e.getWeekday(),
                e.getLessonNumber(),
                group == null ? null : group.getId(),
                group == null ? pupils.getOrDefault(classId, Set.of()) : group.getPupilIds());
    }
}
