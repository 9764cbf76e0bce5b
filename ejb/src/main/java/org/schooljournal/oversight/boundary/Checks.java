package org.schooljournal.oversight.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.schooljournal.calendar.control.BellSchedule;
import org.schooljournal.calendar.control.ClassBells;
import org.schooljournal.calendar.entity.StudyPeriod;
import org.schooljournal.journal.control.JournalChange;
import org.schooljournal.journal.entity.WorkType;
import org.schooljournal.oversight.control.OversightQueries;
import org.schooljournal.oversight.control.OversightScope;
import org.schooljournal.oversight.control.SchoolRosters;
import org.schooljournal.oversight.control.Timeliness;
import org.schooljournal.oversight.control.Timeliness.Finding;
import org.schooljournal.oversight.control.Timeliness.Kind;
import org.schooljournal.oversight.entity.OversightSetting;
import org.schooljournal.platform.control.SchoolClock;
import org.schooljournal.platform.control.Tenanted;
import org.schooljournal.platform.entity.Role;
import org.schooljournal.school.entity.Staff;
import org.schooljournal.school.entity.TeachingAssignment;

/**
 * The deputy head's checks of how the journals are kept (R-C01, R-C02; the deputy's item 10):
 * timeliness of topics, marks, homework and attendance, judged from the audit trail's own times
 * (the entry's {@code at}, never its chain position, which may still be pending), and mark density
 * against the school's threshold. The deputy head and the head check every journal of their school;
 * a teacher sees only its own findings ({@link #mine()}).
 *
 * <p>Statements per check, whatever the number of pupils: timeliness 7 (journals, lessons, audit
 * times grouped per lesson and kind for creations and for changes, each class's last lesson per
 * day, bells 2); density 4 (journals, marks grouped per journal and pupil, pupils, movements) and
 * the setting.
 */
@Stateless
@Tenanted
public class Checks {
    /** How far back a teacher's own list on its home page looks. */
    public static final int OWN_DAYS = 30;

    /** What the timeliness check reads from the trail. */
    private static final Set<JournalChange.Subject> CHECKED =
            Set.of(
                    JournalChange.Subject.TOPIC,
                    JournalChange.Subject.HOMEWORK,
                    JournalChange.Subject.MARK,
                    JournalChange.Subject.ATTENDANCE);

    @PersistenceContext EntityManager em;

    @Inject OversightScope scope;

    @Inject OversightQueries queries;

    @Inject SchoolRosters rosters;

    @Inject SchoolClock schoolClock;

    @Inject Clock clock;

    @RolesAllowed({Role.HEAD, Role.DEPUTY_HEAD})
    public Choices choices() {
        StudyPeriod current = null;
        try {
            current = scope.period(null);
        } catch (RuntimeException noPeriod) {
            // a school without a year plan yet: nothing to choose, nothing current
        }
        List<StudyPeriod> periods = queries.periodsLatestFirst();
        return new Choices(
                periods.stream()
                        .map(
                                p ->
                                        new Choices.Choice(
                                                p.getId(),
                                                OversightScope.title(p)
                                                        + " "
                                                        + p.getYear().getName()))
                        .toList(),
                em
                        .createNamedQuery(
                                "SchoolClass.all",
                                org.schooljournal.school.entity.SchoolClass.class)
                        .getResultList()
                        .stream()
                        .map(c -> new Choices.Choice(c.getId(), c.getTitle()))
                        .toList(),
                queries.teachersWithJournals().stream()
                        .sorted(Comparator.comparing(Staff::getFullName))
                        .map(s -> new Choices.Choice(s.getId(), s.getShortName()))
                        .toList(),
                em
                        .createNamedQuery(
                                "Subject.all", org.schooljournal.school.entity.Subject.class)
                        .getResultList()
                        .stream()
                        .map(s -> new Choices.Choice(s.getId(), s.getName()))
                        .toList(),
                current == null ? null : current.getId());
    }

    /** R-C01, R-C02: what was late, changed late or missing in the filter's lessons. */
    @RolesAllowed({Role.HEAD, Role.DEPUTY_HEAD})
    public TimelinessReport timeliness(CheckFilter filter) {
        StudyPeriod period = scope.period(filter.periodId());
        List<TeachingAssignment> journals =
                scope.journals(period, filter.classId(), filter.teacherId(), filter.subjectId());
        LocalDate today = schoolClock.today();
        LocalDate to = period.getEndsOn().isAfter(today) ? today : period.getEndsOn();
        return timeliness(OversightScope.title(period), journals, period.getStartsOn(), to);
    }

    /**
     * The caller's own findings of the last {@value #OWN_DAYS} days, for its home page: what is
     * late or missing in the journals it teaches.
     */
    @RolesAllowed({Role.TEACHER, Role.CLASS_TEACHER})
    public TimelinessReport mine() {
        LocalDate today = schoolClock.today();
        Staff own = scope.ownStaff();
        List<TeachingAssignment> journals =
                own == null ? List.of() : scope.journals(null, null, own.getId(), null);
        return timeliness(null, journals, today.minusDays(OWN_DAYS), today);
    }

    private TimelinessReport timeliness(
            String title, List<TeachingAssignment> journals, LocalDate from, LocalDate to) {
        if (journals.isEmpty() || from.isAfter(to)) {
            return new TimelinessReport(title, from, to, 0, List.of());
        }
        Map<Long, TeachingAssignment> byId =
                journals.stream().collect(Collectors.toMap(TeachingAssignment::getId, a -> a));
        List<Object[]> lessons = queries.lessonRows(byId.keySet(), from, to);
        // lesson → "KIND/detail" → {latest creation, latest change, entries}: two grouped
        // statements, one for entries that set a value where there was none, one for changes
        Map<Long, Map<String, Object[]>> audit = new HashMap<>();
        for (boolean creations : new boolean[] {true, false}) {
            for (Object[] r : queries.auditTimes(CHECKED, creations, byId.keySet(), from, to)) {
                Object[] times =
                        audit.computeIfAbsent((Long) r[0], k -> new HashMap<>())
                                .computeIfAbsent(
                                        r[1] + "/" + r[2],
                                        k -> new Object[] {null, null, 0L, r[1], r[2]});
                times[creations ? 0 : 1] = instant(r[3]);
                times[2] = (Long) times[2] + ((Number) r[4]).longValue();
            }
        }
        // the class's last lesson of each day ends its school day (homework: 3 hours after)
        Map<String, Integer> lastLesson = new HashMap<>();
        for (Object[] r : queries.lastLessons(from, to)) {
            lastLesson.put(r[0] + "/" + r[1], ((Number) r[2]).intValue());
        }
        Map<Long, BellSchedule> bells = ClassBells.byClass(em);
        ZoneId zone = schoolClock.zone();
        Instant now = clock.instant();

        List<LateEntry> found = new ArrayList<>();
        for (Object[] l : lessons) {
            long lessonId = (Long) l[0];
            LocalDate date = (LocalDate) l[1];
            int number = ((Number) l[2]).intValue();
            TeachingAssignment a = byId.get((Long) l[3]);
            Long classId = a.getSchoolClass() == null ? null : a.getSchoolClass().getId();
            int last = Math.max(number, lastLesson.getOrDefault(classId + "/" + date, number));
            BellSchedule classBells = bells.getOrDefault(classId, bells.get(null));
            Map<String, Object[]> times = audit.getOrDefault(lessonId, Map.of());
            var lesson = new LessonRef(lessonId, date, number, a);
            check(
                    found,
                    lesson,
                    Kind.TOPIC,
                    null,
                    times.get("TOPIC/null"),
                    l[4] != null,
                    true,
                    Timeliness.deadline(Kind.TOPIC, null, date, null, zone),
                    now);
            check(
                    found,
                    lesson,
                    Kind.HOMEWORK,
                    null,
                    times.get("HOMEWORK/null"),
                    l[5] != null || Boolean.TRUE.equals(l[6]),
                    true,
                    Timeliness.deadline(Kind.HOMEWORK, null, date, classBells.end(last), zone),
                    now);
            for (Object[] e : times.values()) {
                if (e[3] == JournalChange.Subject.MARK && e[4] != null) {
                    WorkType type = WorkType.valueOf((String) e[4]);
                    check(
                            found,
                            lesson,
                            Kind.MARK,
                            type,
                            e,
                            true,
                            false,
                            Timeliness.deadline(Kind.MARK, type, date, null, zone),
                            now);
                } else if (e[3] == JournalChange.Subject.ATTENDANCE) {
                    check(
                            found,
                            lesson,
                            Kind.ATTENDANCE,
                            null,
                            e,
                            true,
                            false,
                            Timeliness.deadline(Kind.ATTENDANCE, null, date, null, zone),
                            now);
                }
            }
        }
        found.sort(
                Comparator.comparing(LateEntry::date)
                        .thenComparing(LateEntry::classTitle)
                        .thenComparing(LateEntry::lessonNumber)
                        .thenComparing(LateEntry::kind));
        return new TimelinessReport(title, from, to, lessons.size(), List.copyOf(found));
    }

    private record LessonRef(long id, LocalDate date, int number, TeachingAssignment journal) {}

    private static void check(
            List<LateEntry> found,
            LessonRef lesson,
            Kind kind,
            WorkType type,
            Object[] times,
            boolean present,
            boolean required,
            Instant deadline,
            Instant now) {
        Instant created = times == null ? null : (Instant) times[0];
        Instant changed = times == null ? null : (Instant) times[1];
        Finding finding = Timeliness.judge(created, changed, present, required, deadline, now);
        if (finding == null) {
            return;
        }
        TeachingAssignment a = lesson.journal();
        found.add(
                new LateEntry(
                        lesson.id(),
                        a.getId(),
                        lesson.date(),
                        lesson.number(),
                        a.getTitle(),
                        a.getSubject().getName(),
                        a.getTeacher().getShortName(),
                        kind.name(),
                        type == null ? null : type.name(),
                        finding.name(),
                        deadline,
                        finding == Finding.MISSING ? null : created,
                        finding == Finding.MISSING ? null : changed,
                        times == null ? 0 : (Long) times[2],
                        lesson.date().toString().substring(0, 7)));
    }

    /** The database's time as an instant, whichever type the driver hands back for an aggregate. */
    static Instant instant(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof OffsetDateTime o) {
            return o.toInstant();
        }
        if (value instanceof Timestamp t) {
            return t.toInstant();
        }
        if (value instanceof java.time.ZonedDateTime z) {
            return z.toInstant();
        }
        if (value instanceof Instant i) {
            return i;
        }
        throw new IllegalStateException("not a time: " + value.getClass());
    }

    /**
     * R-C01 mark density: in each journal of the filter, the pupils with fewer marks in the period
     * than the school's threshold. The pupils are those in the class (or the group) on the period's
     * last day, or today while it runs.
     */
    @RolesAllowed({Role.HEAD, Role.DEPUTY_HEAD})
    public DensityReport density(CheckFilter filter) {
        StudyPeriod period = scope.period(filter.periodId());
        int min = minMarks();
        List<TeachingAssignment> journals =
                scope
                        .journals(period, filter.classId(), filter.teacherId(), filter.subjectId())
                        .stream()
                        .filter(
                                a ->
                                        a.getSubject().getGrading()
                                                != org.schooljournal.school.entity.Grading.NONE)
                        .toList();
        LocalDate today = schoolClock.today();
        long daysLeft = ChronoUnit.DAYS.between(today, period.getEndsOn());
        if (journals.isEmpty()) {
            return density(period, min, daysLeft, List.of());
        }
        Map<Long, TeachingAssignment> byId =
                journals.stream().collect(Collectors.toMap(TeachingAssignment::getId, a -> a));
        Map<String, Long> counts = new HashMap<>();
        for (Object[] r :
                queries.markCounts(byId.keySet(), period.getStartsOn(), period.getEndsOn())) {
            counts.put(r[0] + "/" + r[1], ((Number) r[2]).longValue());
        }
        LocalDate day = period.getEndsOn().isAfter(today) ? today : period.getEndsOn();
        Map<Long, List<SchoolRosters.Named>> rosters = this.rosters.on(day);
        List<DensityReport.Line> lines = new ArrayList<>();
        for (TeachingAssignment a : journals) {
            List<SchoolRosters.Named> pupils;
            if (a.getGroup() != null) {
                Set<Long> members = a.getGroup().getPupilIds();
                pupils =
                        rosters.values().stream()
                                .flatMap(List::stream)
                                .filter(p -> members.contains(p.pupilId()))
                                .distinct()
                                .toList();
            } else {
                pupils = rosters.getOrDefault(a.getSchoolClass().getId(), List.of());
            }
            for (SchoolRosters.Named p : pupils) {
                long n = counts.getOrDefault(a.getId() + "/" + p.pupilId(), 0L);
                if (n < min) {
                    lines.add(
                            new DensityReport.Line(
                                    a.getId(),
                                    a.getTitle(),
                                    a.getSubject().getName(),
                                    a.getTeacher().getShortName(),
                                    p.pupilId(),
                                    p.name(),
                                    n));
                }
            }
        }
        lines.sort(
                Comparator.comparing(DensityReport.Line::classTitle)
                        .thenComparing(DensityReport.Line::subject)
                        .thenComparing(DensityReport.Line::pupil));
        return density(period, min, daysLeft, List.copyOf(lines));
    }

    private static DensityReport density(
            StudyPeriod period, int min, long daysLeft, List<DensityReport.Line> lines) {
        return new DensityReport(
                OversightScope.title(period),
                period.getStartsOn(),
                period.getEndsOn(),
                min,
                daysLeft,
                lines);
    }

    /** The school's mark-density threshold (3 while it has set none). */
    @RolesAllowed({Role.HEAD, Role.DEPUTY_HEAD})
    public int minMarks() {
        return em.createNamedQuery("OversightSetting.own", OversightSetting.class)
                .getResultStream()
                .findFirst()
                .map(OversightSetting::getMinMarks)
                .orElse(OversightSetting.DEFAULT_MIN_MARKS);
    }

    @RolesAllowed({Role.HEAD, Role.DEPUTY_HEAD})
    public int changeMinMarks(int value) {
        OversightSetting s =
                em.createNamedQuery("OversightSetting.own", OversightSetting.class)
                        .getResultStream()
                        .findFirst()
                        .orElse(null);
        if (s == null) {
            em.persist(new OversightSetting(value));
        } else {
            s.changeMinMarks(value);
        }
        return value;
    }
}
