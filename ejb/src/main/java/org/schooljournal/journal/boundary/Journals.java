package org.schooljournal.journal.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.FlushModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.schooljournal.calendar.entity.AcademicYear;
import org.schooljournal.calendar.entity.StudyPeriod;
import org.schooljournal.journal.control.CellKey;
import org.schooljournal.journal.control.JournalGrid;
import org.schooljournal.journal.control.JournalRoster;
import org.schooljournal.journal.control.LessonAccess;
import org.schooljournal.journal.control.PeriodTitles;
import org.schooljournal.journal.control.SchoolWorkTypes;
import org.schooljournal.journal.control.TopicSuggestion;
import org.schooljournal.journal.control.YearPeriods;
import org.schooljournal.journal.entity.Attendance;
import org.schooljournal.journal.entity.Lesson;
import org.schooljournal.journal.entity.Mark;
import org.schooljournal.journal.entity.PeriodMark;
import org.schooljournal.journal.entity.WorkType;
import org.schooljournal.lessonplan.entity.LessonPlanTopic;
import org.schooljournal.platform.control.Caller;
import org.schooljournal.platform.control.SchoolClock;
import org.schooljournal.platform.control.Tenanted;
import org.schooljournal.platform.entity.Role;
import org.schooljournal.school.entity.TeachingAssignment;

/**
 * The journals of a school: which ones the caller may open, and a month's page of one (R-J01). Who
 * sees what (R-A03): the subject teacher its own journals, editable; the class teacher its class,
 * read-only; head and deputy head the whole school, read-only.
 */
@Stateless
@Tenanted
@RolesAllowed({Role.TEACHER, Role.CLASS_TEACHER, Role.HEAD, Role.DEPUTY_HEAD})
public class Journals {
    @PersistenceContext EntityManager em;

    @Inject Caller caller;

    @Inject SchoolClock schoolClock;

    @Inject JournalRoster roster;

    @Inject LessonAccess access;

    @Inject SchoolWorkTypes workTypes;

    @Inject YearPeriods years;

    /** How long a substitute's journals stay in its list after the lesson it gave. */
    static final int SUBSTITUTE_DAYS = 30;

    /**
     * The journals the caller may open: its own as a subject teacher, its class's as a class
     * teacher, every journal of the school for the head and deputy head.
     */
    public List<JournalSummary> available() {
        // reads only: no query needs the persistence context flushed before it (the flush found
        // nothing to write and still cost 2 % of the list bench's samples, issue 11)
        em.setFlushMode(FlushModeType.COMMIT);
        List<JournalSummary> all = availableInAnyYear();
        if (all.isEmpty()) {
            return all;
        }
        Set<Long> past = pastOnly(all);
        return past.isEmpty()
                ? all
                : all.stream().filter(s -> !past.contains(s.assignmentId())).toList();
    }

    /**
     * Journals of earlier years only: they have lessons, all before the current year began (a
     * subject the class no longer has). They belong to the archive, not to the journal list. A
     * teacher's few journals are probed by id; probing every journal of the school took most of the
     * list's SQL on a large school (issue 11).
     */
    private Set<Long> pastOnly(List<JournalSummary> listed) {
        LocalDate start = years.current().getStartsOn();
        boolean wholeSchool = caller.has(Role.HEAD) || caller.has(Role.DEPUTY_HEAD);
        var query =
                em.createNamedQuery(
                                wholeSchool
                                        ? "Lesson.journalsEndedBefore"
                                        : "Lesson.journalsEndedBeforeAmong",
                                Long.class)
                        .setParameter("start", start);
        if (!wholeSchool) {
            query.setParameter("ids", listed.stream().map(JournalSummary::assignmentId).toList());
        }
        return Set.copyOf(query.getResultList());
    }

    private List<JournalSummary> availableInAnyYear() {
        if (caller.has(Role.HEAD) || caller.has(Role.DEPUTY_HEAD)) {
            return inOrder(
                    em.createNamedQuery("TeachingAssignment.all", TeachingAssignment.class)
                            .getResultList());
        }
        // own journals first, then the class's, then the substitute's, each group in order
        Map<Long, JournalSummary> result = new java.util.LinkedHashMap<>();
        add(
                result,
                em.createNamedQuery("TeachingAssignment.byTeacherAccount", TeachingAssignment.class)
                        .setParameter("accountId", caller.accountId())
                        .getResultList());
        if (caller.has(Role.CLASS_TEACHER)) {
            // the class teacher's classes first, then their journals: one query joining both
            // (six tables) cost PostgreSQL 3 ms of planning on every call on the municipality,
            // where its generic plan looked dearer than a fresh one (issue 11)
            List<Long> classIds =
                    em.createNamedQuery("SchoolClass.idsOfClassTeacherAccount", Long.class)
                            .setParameter("accountId", caller.accountId())
                            .getResultList();
            if (!classIds.isEmpty()) {
                add(
                        result,
                        em.createNamedQuery(
                                        "TeachingAssignment.ofClasses", TeachingAssignment.class)
                                .setParameter("classIds", classIds)
                                .getResultList());
            }
        }
        // R-J06: a substitute writes in the lessons it gave, so their journals are listed for
        // as long as late entries are usual (a written work's marks: a week; a month to be safe)
        add(
                result,
                em.createNamedQuery("Lesson.journalsGivenBySince", TeachingAssignment.class)
                        .setParameter("accountId", caller.accountId())
                        .setParameter("since", schoolClock.today().minusDays(SUBSTITUTE_DAYS))
                        .getResultList());
        return List.copyOf(result.values());
    }

    /** Adds the journals not listed yet, in the list's order. */
    private static void add(Map<Long, JournalSummary> result, List<TeachingAssignment> journals) {
        inOrder(journals).forEach(s -> result.putIfAbsent(s.assignmentId(), s));
    }

    private static List<JournalSummary> inOrder(List<TeachingAssignment> journals) {
        return journals.stream()
                .sorted(java.util.Comparator.comparing(TeachingAssignment::getOrderKey))
                .map(Journals::summary)
                .toList();
    }

    public JournalPage page(long assignmentId, @NotNull LocalDate month) {
        TeachingAssignment assignment = access.readable(assignmentId);
        LocalDate from = month.withDayOfMonth(1);
        LocalDate to = from.plusMonths(1).minusDays(1);
        AtomicInteger number = new AtomicInteger();
        List<JournalPage.PupilRow> pupils =
                roster.of(assignment, from, to).stream()
                        .map(
                                s ->
                                        new JournalPage.PupilRow(
                                                s.pupilId(),
                                                number.incrementAndGet(),
                                                s.name(),
                                                s.from(),
                                                s.until()))
                        .toList();
        List<Lesson> monthLessons =
                em.createNamedQuery("Lesson.ofAssignment", Lesson.class)
                        .setParameter("assignmentId", assignmentId)
                        .setParameter("from", from)
                        .setParameter("to", to)
                        .getResultList();
        TopicSuggestion plan = plan(assignment, from);
        List<JournalPage.LessonColumn> lessons =
                lessonColumns(
                        monthLessons, plan, plan == null ? 0 : lessonsBefore(assignment, from));
        JournalGrid grid = new JournalGrid();
        for (Mark m :
                em.createNamedQuery("Mark.ofAssignment", Mark.class)
                        .setParameter("assignmentId", assignmentId)
                        .setParameter("from", from)
                        .setParameter("to", to)
                        .getResultList()) {
            grid.mark(cellOf(m.getLesson(), m.getPupil().getId()), m.getWorkType(), m.getValue());
        }
        for (Attendance a :
                em.createNamedQuery("Attendance.ofAssignment", Attendance.class)
                        .setParameter("assignmentId", assignmentId)
                        .setParameter("from", from)
                        .setParameter("to", to)
                        .getResultList()) {
            grid.attendance(cellOf(a.getLesson(), a.getPupil().getId()), a.getKind().code());
        }
        return new JournalPage(
                assignmentId,
                assignment.getTitle(),
                assignment.getSubject().getName(),
                assignment.getTeacher().getShortName(),
                from,
                assignment.isTaughtBy(caller.accountId())
                        || lessons.stream().anyMatch(JournalPage.LessonColumn::writable),
                assignment.isTaughtBy(caller.accountId()),
                assignment.getSubject().getGrading().marks().stream().sorted().toList(),
                pupils,
                lessons,
                JournalGrid.onWire(grid.marks()),
                JournalGrid.onWire(grid.attendance()),
                JournalGrid.onWire(grid.cells()),
                workTypeCodes(),
                periodColumns(assignment, from, to),
                plan == null ? List.of() : plan.titles());
    }

    private static CellKey cellOf(Lesson lesson, long pupilId) {
        return new CellKey(lesson.getId(), pupilId);
    }

    /**
     * The month's lessons as the grid's columns; {@code before}: the journal's lessons of the year
     * before the month, so that each lesson gets the КТП's topic of its place in the year (R-J02).
     */
    private List<JournalPage.LessonColumn> lessonColumns(
            List<Lesson> monthLessons, TopicSuggestion plan, int before) {
        int ordinal = before;
        List<JournalPage.LessonColumn> lessons = new ArrayList<>();
        for (Lesson l : monthLessons) {
            ordinal++;
            lessons.add(
                    new JournalPage.LessonColumn(
                            l.getId(),
                            l.getDate(),
                            l.getNumber(),
                            l.getTopic(),
                            l.getHomework(),
                            l.isNoHomework(),
                            l.isHomeworkLate(),
                            l.getGivenBy() == null ? null : l.getGivenBy().getShortName(),
                            l.isGivenBy(caller.accountId()),
                            access.held(l.getDate()),
                            plan == null ? null : plan.forLesson(ordinal),
                            l.getHomeworkMinutes()));
        }
        return lessons;
    }

    /** The КТП of the journal's subject and grade in the year of {@code day}, if there is one. */
    private TopicSuggestion plan(TeachingAssignment assignment, LocalDate day) {
        return em
                .createNamedQuery("LessonPlanTopic.ofSubjectAndGradeOn", LessonPlanTopic.class)
                .setParameter("subjectId", assignment.getSubject().getId())
                .setParameter("grade", assignment.getGrade())
                .setParameter("day", day)
                .getResultList()
                .stream()
                .map(t -> new TopicSuggestion.Topic(t.getTitle(), t.getHours()))
                .collect(
                        java.util.stream.Collectors.collectingAndThen(
                                java.util.stream.Collectors.toList(),
                                topics -> topics.isEmpty() ? null : new TopicSuggestion(topics)));
    }

    /** How many of the journal's lessons of the school year come before {@code day}. */
    private int lessonsBefore(TeachingAssignment assignment, LocalDate day) {
        LocalDate yearStart =
                em.createNamedQuery("AcademicYear.containing", AcademicYear.class)
                        .setParameter("date", day)
                        .getResultStream()
                        .findFirst()
                        .map(AcademicYear::getStartsOn)
                        .orElse(day);
        return em.createNamedQuery("Lesson.countOfAssignmentBetween", Long.class)
                .setParameter("assignmentId", assignment.getId())
                .setParameter("from", yearStart)
                .setParameter("to", day)
                .getSingleResult()
                .intValue();
    }

    private List<JournalPage.WorkTypeCode> workTypeCodes() {
        var used = workTypes.used();
        var weights = workTypes.weights();
        return Arrays.stream(WorkType.values())
                .map(
                        w ->
                                new JournalPage.WorkTypeCode(
                                        w.name(),
                                        w.code(),
                                        used.contains(w),
                                        weights.getOrDefault(w.name(), java.math.BigDecimal.ONE)))
                .toList();
    }

    /** The periods of the journal's grade that end in the month, with their marks (R-J07). */
    private List<JournalPage.PeriodColumn> periodColumns(
            TeachingAssignment assignment, LocalDate from, LocalDate to) {
        List<StudyPeriod> ending =
                em
                        .createNamedQuery("StudyPeriod.endingBetween", StudyPeriod.class)
                        .setParameter("from", from)
                        .setParameter("to", to)
                        .getResultList()
                        .stream()
                        .filter(
                                p ->
                                        p.getGradeFrom() <= assignment.getGrade()
                                                && assignment.getGrade() <= p.getGradeTo())
                        .toList();
        if (ending.isEmpty()) {
            return List.of();
        }
        List<Long> locked =
                em.createNamedQuery("JournalLock.ofAssignment", Long.class)
                        .setParameter("assignmentId", assignment.getId())
                        .getResultList();
        List<JournalPage.PeriodColumn> columns = new ArrayList<>();
        for (StudyPeriod p : ending) {
            Map<Long, String> values = new HashMap<>();
            em.createNamedQuery("PeriodMark.ofJournal", PeriodMark.class)
                    .setParameter("assignmentId", assignment.getId())
                    .setParameter("periodId", p.getId())
                    .getResultList()
                    .forEach(
                            m ->
                                    values.put(
                                            m.getPupilId(),
                                            m.getValue() == null ? "" : m.getValue()));
            columns.add(
                    new JournalPage.PeriodColumn(
                            p.getId(),
                            PeriodTitles.shortOf(p),
                            p.getEndsOn(),
                            locked.contains(p.getId()),
                            values));
        }
        return columns;
    }

    static JournalSummary summary(TeachingAssignment t) {
        return new JournalSummary(
                t.getId(), t.getTitle(), t.getSubject().getName(), t.getTeacher().getShortName());
    }
}
