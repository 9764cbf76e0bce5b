package org.schooljournal.diary.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.NotNull;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.schooljournal.audit.entity.AuditEntry;
import org.schooljournal.calendar.control.BellSchedule;
import org.schooljournal.calendar.control.ClassBells;
import org.schooljournal.calendar.entity.Holiday;
import org.schooljournal.calendar.entity.StudyPeriod;
import org.schooljournal.controlworks.entity.ControlWork;
import org.schooljournal.diary.control.DiaryQueries;
import org.schooljournal.diary.control.PupilJournals;
import org.schooljournal.diary.control.ReadReceipts;
import org.schooljournal.diary.control.WeekRule;
import org.schooljournal.diary.entity.DiaryVisit;
import org.schooljournal.diary.entity.ParentMessage;
import org.schooljournal.journal.boundary.MarkData;
import org.schooljournal.journal.boundary.Marks;
import org.schooljournal.journal.control.PeriodMarkRule;
import org.schooljournal.journal.control.SchoolWorkTypes;
import org.schooljournal.journal.entity.Attendance;
import org.schooljournal.journal.entity.AttendanceKind;
import org.schooljournal.journal.entity.Lesson;
import org.schooljournal.journal.entity.Mark;
import org.schooljournal.people.entity.Pupil;
import org.schooljournal.platform.control.Caller;
import org.schooljournal.platform.control.SchoolClock;
import org.schooljournal.platform.control.Tenanted;
import org.schooljournal.platform.entity.JournalException;
import org.schooljournal.platform.entity.Role;
import org.schooljournal.school.entity.SchoolClass;
import org.schooljournal.school.entity.Staff;
import org.schooljournal.school.entity.TeachingAssignment;
import org.schooljournal.timetable.control.LessonCalendar;
import org.schooljournal.timetable.control.SlotRooms;

/**
 * The diary (R-D01): a parent reads only its own children, a pupil only itself (R-A03). Another
 * school's pupil is "not found", exactly like a missing one.
 */
@Stateless
@Tenanted
@RolesAllowed({Role.PARENT, Role.PUPIL})
public class Diary {
    @PersistenceContext EntityManager em;

    /** Control works shown: of this week and the next three. */
    static final int CONTROL_WORK_WEEKS = 4;

    /** The longest calendar export: a school year and a bit. */
    static final int MAX_CALENDAR_DAYS = 400;

    @Inject Caller caller;

    @Inject PupilJournals journals;

    @Inject DiaryQueries queries;

    @Inject SchoolClock schoolClock;

    @Inject Clock clock;

    @Inject SchoolWorkTypes workTypes;

    public List<Child> children() {
        String query = caller.has(Role.PARENT) ? "Pupil.ofGuardianAccount" : "Pupil.ofAccount";
        return em
                .createNamedQuery(query, Pupil.class)
                .setParameter("accountId", caller.accountId())
                .getResultList()
                .stream()
                .map(p -> new Child(p.getId(), p.getFullName(), p.getSchoolClass().getTitle()))
                .toList();
    }

    public List<MarkData> marks(long pupilId, @NotNull LocalDate from, @NotNull LocalDate to) {
        readable(pupilId);
        return em
                .createNamedQuery("Mark.ofPupil", Mark.class)
                .setParameter("pupilId", pupilId)
                .setParameter("from", from)
                .setParameter("to", to)
                .getResultList()
                .stream()
                .map(Marks::view)
                .toList();
    }

    /** R-J13: the teachers' messages and recommendations about the child, newest first. */
    public List<MessageData> messages(long pupilId) {
        readable(pupilId);
        return em
                .createNamedQuery("ParentMessage.ofPupil", ParentMessage.class)
                .setParameter("pupilId", pupilId)
                .getResultList()
                .stream()
                .map(
                        m ->
                                ParentMessages.view(
                                        m,
                                        m.getAssignmentId() == null
                                                ? null
                                                : em.find(
                                                        TeachingAssignment.class,
                                                        m.getAssignmentId())))
                .toList();
    }

    /**
     * The pupil if the caller may read its diary; another family's pupil, another school's and a
     * missing one are all "not found" alike, so an id reveals nothing (R-A03).
     */
    private Pupil readable(long pupilId) {
        Pupil pupil = em.find(Pupil.class, pupilId);
        boolean own =
                pupil != null
                        && (pupil.isGuardedBy(caller.accountId())
                                || caller.accountId().equals(pupil.getAccountId()));
        if (!own) {
            throw JournalException.notFound("pupil " + pupilId);
        }
        return pupil;
    }

    /** The pupils the caller may read: a parent's children, a pupil itself. One query. */
    private List<Pupil> readablePupils() {
        String query = caller.has(Role.PARENT) ? "Pupil.ofGuardianAccount" : "Pupil.ofAccount";
        List<Pupil> own =
                em.createNamedQuery(query, Pupil.class)
                        .setParameter("accountId", caller.accountId())
                        .getResultList();
        return own;
    }

    private static Child child(Pupil p) {
        return new Child(p.getId(), p.getFullName(), p.getSchoolClass().getTitle());
    }

    /**
     * R-D01: the week holding {@code date}, Monday to Saturday, of the pupil ({@code pupilId} null:
     * the caller's first child). Assembled in a bounded number of statements whatever the number of
     * lessons, marks and messages: the children, the pupil's journals (with their groups' members),
     * the week's lessons, its marks, its attendance, the timetable's rooms, the bells (one or two),
     * the holidays, the control works, the moves from the audit trail (and the lessons moved away,
     * when any), the messages and the last visit: at most 15.
     */
    public DiaryWeek week(Long pupilId, @NotNull LocalDate date) {
        List<Pupil> readable = readablePupils();
        Pupil pupil =
                readable.stream()
                        .filter(p -> pupilId == null || p.getId().equals(pupilId))
                        .findFirst()
                        .orElseThrow(() -> JournalException.notFound("pupil " + pupilId));
        LocalDate monday = WeekRule.monday(date);
        LocalDate saturday = monday.plusDays(WeekRule.DAYS - 1);
        SchoolClass schoolClass = pupil.getSchoolClass();
        List<TeachingAssignment> own = journals.of(pupil);
        List<Long> ids = new ArrayList<>(List.of(-1L)); // never an id: "in" stays valid
        own.forEach(a -> ids.add(a.getId()));

        List<Lesson> lessons = queries.lessons(ids, monday, saturday);
        Moves moves = moves(ids, monday, lessons);

        Map<Long, List<DiaryWeek.Mark>> marks = new HashMap<>();
        queries.marks(pupil.getId(), monday, saturday)
                .forEach(
                        m ->
                                marks.computeIfAbsent(m.getLesson().getId(), k -> new ArrayList<>())
                                        .add(
                                                new DiaryWeek.Mark(
                                                        m.getValue(), m.getWorkType().name())));
        Map<Long, String> attendance = new HashMap<>();
        queries.attendance(pupil.getId(), monday, saturday)
                .forEach(a -> attendance.put(a.getLesson().getId(), a.getKind().code()));
        SlotRooms rooms = SlotRooms.of(em, ids);
        BellSchedule bells = ClassBells.of(em, schoolClass);
        List<Holiday> holidays =
                em.createNamedQuery("Holiday.overlapping", Holiday.class)
                        .setParameter("from", monday)
                        .setParameter("to", saturday)
                        .getResultList();
        List<ControlWork> works =
                em.createNamedQuery("ControlWork.ofClassBetween", ControlWork.class)
                        .setParameter("classId", schoolClass.getId())
                        .setParameter("from", monday)
                        .setParameter("to", monday.plusWeeks(CONTROL_WORK_WEEKS).minusDays(1))
                        .getResultList();
        Map<String, String> workOn = new HashMap<>();
        works.forEach(w -> workOn.put(w.getDate() + "|" + w.getSubject().getId(), w.getForm()));

        Map<LocalDate, List<DiaryWeek.Lesson>> byDay = new TreeMap<>();
        for (Lesson l : lessons) {
            WeekRule.Slot from = moves.movedFrom().get(l.getId());
            byDay.computeIfAbsent(l.getDate(), d -> new ArrayList<>())
                    .add(
                            lesson(
                                    l,
                                    l.getDate(),
                                    l.getNumber(),
                                    bells,
                                    rooms,
                                    marks.getOrDefault(l.getId(), List.of()),
                                    attendance.get(l.getId()),
                                    from,
                                    null,
                                    workOn));
        }
        for (Lesson l : moves.away()) {
            WeekRule.Slot old = moves.awayFrom().get(l.getId());
            byDay.computeIfAbsent(old.date(), d -> new ArrayList<>())
                    .add(
                            lesson(
                                    l,
                                    old.date(),
                                    old.number(),
                                    bells,
                                    rooms,
                                    List.of(),
                                    null,
                                    null,
                                    new WeekRule.Slot(l.getDate(), l.getNumber()),
                                    Map.of()));
        }
        List<DiaryWeek.Day> days = new ArrayList<>();
        for (LocalDate d : WeekRule.days(monday)) {
            List<DiaryWeek.Lesson> ofDay = byDay.getOrDefault(d, new ArrayList<>());
            ofDay.sort(
                    Comparator.comparingInt(DiaryWeek.Lesson::number)
                            .thenComparing(DiaryWeek.Lesson::subject));
            String holiday =
                    holidays.stream()
                            .filter(h -> h.frees(schoolClass.getGrade(), d))
                            .map(Holiday::getName)
                            .findFirst()
                            .orElse(null);
            days.add(new DiaryWeek.Day(d, holiday, List.copyOf(ofDay)));
        }
        List<DiaryWeek.ControlWork> coming =
                works.stream()
                        .filter(w -> !w.getDate().isBefore(schoolClock.today()))
                        .map(
                                w ->
                                        new DiaryWeek.ControlWork(
                                                w.getDate(),
                                                w.getSubject().getName(),
                                                w.getForm(),
                                                w.getTopic()))
                        .toList();
        return new DiaryWeek(
                readable.stream().map(Diary::child).toList(),
                child(pupil),
                monday,
                schoolClock.today(),
                days,
                coming,
                messagesOf(pupil.getId(), own));
    }

    /**
     * R-A06: the caller opened the pupil's diary now; the messages it was shown are read from now
     * on. One row per account and pupil, updated, and one insert of the read receipts of the
     * messages it had not seen yet ({@link ReadReceipts}).
     */
    public void opened(long pupilId) {
        readable(pupilId);
        List<DiaryVisit> visits =
                em.createNamedQuery("DiaryVisit.of", DiaryVisit.class)
                        .setParameter("accountId", caller.accountId())
                        .setParameter("pupilId", pupilId)
                        .getResultList();
        if (visits.isEmpty()) {
            em.persist(new DiaryVisit(caller.accountId(), pupilId, clock.instant()));
        } else {
            visits.get(0).openedAt(clock.instant());
        }
        em.flush();
        ReadReceipts.record(em, caller.schoolId(), caller.accountId(), pupilId, clock.instant());
    }

    /**
     * The messages about the pupil, unread ones (since the caller's last visit) first. Each names
     * its journal's subject and teacher from the pupil's journals already read for the week; a
     * reminder (R-A06) belongs to no journal and names neither.
     */
    private List<DiaryWeek.Message> messagesOf(long pupilId, List<TeachingAssignment> own) {
        List<DiaryVisit> visits =
                em.createNamedQuery("DiaryVisit.of", DiaryVisit.class)
                        .setParameter("accountId", caller.accountId())
                        .setParameter("pupilId", pupilId)
                        .getResultList();
        DiaryVisit visit = visits.isEmpty() ? null : visits.get(0);
        Map<Long, TeachingAssignment> journalsById = new HashMap<>();
        own.forEach(a -> journalsById.put(a.getId(), a));
        List<DiaryWeek.Message> all = new ArrayList<>();
        for (ParentMessage m :
                em.createNamedQuery("ParentMessage.ofPupil", ParentMessage.class)
                        .setParameter("pupilId", pupilId)
                        .getResultList()) {
            TeachingAssignment a =
                    m.getAssignmentId() == null
                            ? null
                            : journalsById.computeIfAbsent(
                                    m.getAssignmentId(),
                                    id -> em.find(TeachingAssignment.class, id));
            all.add(
                    new DiaryWeek.Message(
                            m.getId(),
                            m.getKind().name(),
                            a == null ? null : a.getSubject().getName(),
                            a == null ? null : a.getTeacher().getShortName(),
                            m.getBody(),
                            m.getCreatedAt(),
                            visit == null || !visit.hasSeen(m.getCreatedAt())));
        }
        // unread first, each part newest first (the sort is stable)
        all.sort(Comparator.comparing((DiaryWeek.Message x) -> !x.unread()));
        return all;
    }

    /** Lessons moved into the week (from where), and lessons moved out of it (and from where). */
    private record Moves(
            Map<Long, WeekRule.Slot> movedFrom,
            Map<Long, WeekRule.Slot> awayFrom,
            List<Lesson> away) {}

    /** R-J06: the audit trail's moves of the pupil's lessons into or out of the week. */
    private Moves moves(List<Long> ids, LocalDate monday, List<Lesson> lessons) {
        String from = monday.toString();
        String to = monday.plusDays(WeekRule.DAYS).toString(); // "2026-03-15" > "2026-03-14 #8"
        // a lesson's own slot: where its first move (in the entries read) took it from
        Map<Long, WeekRule.Slot> original = new HashMap<>();
        for (AuditEntry e : queries.moves(ids, from, to)) {
            WeekRule.Slot old = WeekRule.Slot.parse(e.getOldValue());
            if (old != null && e.getLessonId() != null) {
                original.putIfAbsent(e.getLessonId(), old);
            }
        }
        Map<Long, WeekRule.Slot> movedFrom = new HashMap<>();
        for (Lesson l : lessons) {
            WeekRule.Slot own = original.remove(l.getId());
            // moved back to its own slot, a lesson is not shown as moved
            if (own != null && !own.equals(new WeekRule.Slot(l.getDate(), l.getNumber()))) {
                movedFrom.put(l.getId(), own);
            }
        }
        Map<Long, WeekRule.Slot> awayFrom = new HashMap<>();
        original.forEach(
                (lessonId, own) -> {
                    if (own.inWeekOf(monday)) {
                        awayFrom.put(lessonId, own);
                    }
                });
        List<Lesson> away =
                awayFrom.isEmpty()
                        ? List.of()
                        : queries.lessonsById(List.copyOf(awayFrom.keySet()));
        return new Moves(movedFrom, awayFrom, away);
    }

    private static DiaryWeek.Lesson lesson(
            Lesson l,
            LocalDate date,
            int number,
            BellSchedule bells,
            SlotRooms rooms,
            List<DiaryWeek.Mark> marks,
            String attendance,
            WeekRule.Slot movedFrom,
            WeekRule.Slot movedTo,
            Map<String, String> workOn) {
        TeachingAssignment a = l.getAssignment();
        String subject = subjectName(a);
        return new DiaryWeek.Lesson(
                l.getId(),
                number,
                bells.start(number),
                bells.end(number),
                subject,
                rooms.room(a.getId(), date, number),
                a.getTeacher().getShortName(),
                l.getGivenBy() == null ? null : l.getGivenBy().getShortName(),
                l.getTopic(),
                l.getHomework(),
                l.isNoHomework(),
                List.copyOf(marks),
                attendance,
                movedFrom == null ? null : movedFrom.date(),
                movedFrom == null ? null : movedFrom.number(),
                movedTo == null ? null : movedTo.date(),
                movedTo == null ? null : movedTo.number(),
                workOn.get(date + "|" + a.getSubject().getId()));
    }

    /**
     * R-D01, the diary's tabs: the study period holding {@code date} (for the pupil's grade), its
     * marks by subject with the weighted average (the school's work-type weights) and the period
     * and year marks, missed lessons by reason, the class's teachers and the weekly timetable. A
     * bounded number of statements (about a dozen) whatever the marks.
     */
    public DiaryTerm term(long pupilId, @NotNull LocalDate date) {
        Pupil pupil = readable(pupilId);
        SchoolClass schoolClass = pupil.getSchoolClass();
        List<TeachingAssignment> own = journals.of(pupil);
        List<Long> ids = new ArrayList<>(List.of(-1L));
        own.forEach(a -> ids.add(a.getId()));
        StudyPeriod period =
                em.createNamedQuery("StudyPeriod.all", StudyPeriod.class).getResultList().stream()
                        .filter(p -> p.covers(schoolClass.getGrade()) && p.contains(date))
                        .findFirst()
                        .orElse(null);

        Map<Long, List<DiaryTerm.Mark>> marks = new HashMap<>();
        Map<Long, List<PeriodMarkRule.GivenMark>> given = new HashMap<>();
        Map<Long, int[]> missed = new HashMap<>();
        Map<Long, String> periodMarks = new HashMap<>();
        Map<Long, String> yearMarks = new HashMap<>();
        if (period != null) {
            for (Mark m :
                    queries.marksWithLessons(pupilId, period.getStartsOn(), period.getEndsOn())) {
                long a = m.getLesson().getAssignment().getId();
                marks.computeIfAbsent(a, k -> new ArrayList<>())
                        .add(
                                new DiaryTerm.Mark(
                                        m.getLesson().getDate(),
                                        m.getValue(),
                                        m.getWorkType().name()));
                if (m.getValue().chars().allMatch(Character::isDigit)) {
                    given.computeIfAbsent(a, k -> new ArrayList<>())
                            .add(
                                    new PeriodMarkRule.GivenMark(
                                            Integer.parseInt(m.getValue()),
                                            m.getWorkType().name()));
                }
            }
            for (Attendance x :
                    queries.attendanceWithLessons(
                            pupilId, period.getStartsOn(), period.getEndsOn())) {
                missed.computeIfAbsent(x.getLesson().getAssignment().getId(), k -> new int[4])[
                        x.getKind().ordinal()]++;
            }
            for (Object[] r : queries.periodMarks(pupilId, period.getId())) {
                periodMarks.put((Long) r[0], (String) r[1]);
            }
            for (Object[] r : queries.yearMarks(pupilId, period.getYear().getId())) {
                yearMarks.put((Long) r[0], (String) r[1]);
            }
        }
        PeriodMarkRule rule = new PeriodMarkRule(workTypes.weights());
        List<DiaryTerm.Subject> subjects = new ArrayList<>();
        List<DiaryTerm.Absences> absences = new ArrayList<>();
        List<DiaryTerm.Teacher> teachers = new ArrayList<>();
        Map<Long, String> subjectOf = new HashMap<>();
        for (TeachingAssignment a : own) {
            String subject = subjectName(a);
            subjectOf.put(a.getId(), subject);
            List<PeriodMarkRule.GivenMark> numeric = given.getOrDefault(a.getId(), List.of());
            subjects.add(
                    new DiaryTerm.Subject(
                            subject,
                            List.copyOf(marks.getOrDefault(a.getId(), List.of())),
                            numeric.isEmpty() ? null : rule.suggest(numeric).average(),
                            periodMarks.get(a.getId()),
                            yearMarks.get(a.getId())));
            int[] m = missed.get(a.getId());
            if (m != null) {
                absences.add(
                        new DiaryTerm.Absences(
                                subject,
                                m[AttendanceKind.ILLNESS.ordinal()],
                                m[AttendanceKind.EXCUSED.ordinal()],
                                m[AttendanceKind.UNEXCUSED.ordinal()],
                                m[AttendanceKind.LATE.ordinal()]));
            }
            teachers.add(new DiaryTerm.Teacher(subject, a.getTeacher().getShortName()));
        }
        BellSchedule bells = ClassBells.of(em, schoolClass);
        List<DiaryTerm.Slot> timetable =
                queries.timetable(ids).stream()
                        .map(
                                e ->
                                        new DiaryTerm.Slot(
                                                e.getWeekday().getValue(),
                                                e.getLessonNumber(),
                                                bells.start(e.getLessonNumber()),
                                                bells.end(e.getLessonNumber()),
                                                subjectOf.get(e.getAssignment().getId()),
                                                e.getRoom(),
                                                e.getAssignment().getTeacher().getShortName()))
                        .toList();
        Staff classTeacher = schoolClass.getClassTeacher();
        return new DiaryTerm(
                child(pupil),
                period == null
                        ? null
                        : new DiaryTerm.Period(
                                period.getKind().name(),
                                period.getNumber(),
                                period.getStartsOn(),
                                period.getEndsOn()),
                subjects,
                absences,
                classTeacher == null ? null : classTeacher.getShortName(),
                teachers,
                timetable);
    }

    /** The subject as the pupil's diary names it: with the group where the class is split. */
    private static String subjectName(TeachingAssignment a) {
        return a.getGroup() == null
                ? a.getSubject().getName()
                : a.getSubject().getName() + " (" + a.getGroup().getTitle() + ")";
    }

    /**
     * The pupil's lessons between two dates as an iCalendar file (RFC 5545), at its class's bells
     * and in the rooms of the timetable, for a phone's calendar (R-D01 with R-S11).
     */
    public String calendar(long pupilId, @NotNull LocalDate from, @NotNull LocalDate to) {
        Pupil pupil = readable(pupilId);
        if (to.isBefore(from) || from.plusDays(MAX_CALENDAR_DAYS).isBefore(to)) {
            throw new JournalException(
                    JournalException.Kind.INVALID, "diary.calendar.range", MAX_CALENDAR_DAYS);
        }
        List<Long> ids = new ArrayList<>(List.of(-1L));
        journals.of(pupil).forEach(a -> ids.add(a.getId()));
        List<Lesson> lessons = queries.calendarLessons(ids, from, to);
        return LessonCalendar.of(
                em, pupil.getFullName(), lessons, LessonCalendar.Reader.CLASS, schoolClock.clock());
    }
}
