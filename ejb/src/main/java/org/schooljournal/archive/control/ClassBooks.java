package org.schooljournal.archive.control;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.schooljournal.archive.control.ClassBook.Cell;
import org.schooljournal.archive.control.ClassBook.Finals;
import org.schooljournal.archive.control.ClassBook.Journal;
import org.schooljournal.archive.control.ClassBook.Lesson;
import org.schooljournal.archive.control.ClassBook.Period;
import org.schooljournal.archive.control.ClassBook.Pupil;
import org.schooljournal.calendar.entity.AcademicYear;
import org.schooljournal.calendar.entity.StudyPeriod;
import org.schooljournal.journal.control.CellText;
import org.schooljournal.journal.control.JournalContent;
import org.schooljournal.journal.control.JournalRoster;
import org.schooljournal.journal.control.PeriodTitles;
import org.schooljournal.journal.control.YearPeriods;
import org.schooljournal.journal.entity.AttendanceKind;
import org.schooljournal.journal.entity.PeriodMark;
import org.schooljournal.journal.entity.WorkType;
import org.schooljournal.journal.entity.YearMark;
import org.schooljournal.people.control.ClassRoster;
import org.schooljournal.platform.control.SchoolClock;
import org.schooljournal.platform.entity.JournalException;
import org.schooljournal.school.entity.Grading;
import org.schooljournal.school.entity.School;
import org.schooljournal.school.entity.SchoolClass;
import org.schooljournal.school.entity.Staff;
import org.schooljournal.school.entity.TeachingAssignment;

/**
 * The read model of the year-end prints: a class's journals of one school year with everything the
 * book shows, read in a fixed number of set-based queries per class (lessons, marks, attendance,
 * period and year marks, locks) plus the roster of each journal. The school must already be the
 * tenant ({@code SchoolScope}). Reads only: printing changes nothing.
 */
@Dependent
public class ClassBooks {
    @Inject EntityManager em;

    @Inject YearPeriods years;

    @Inject JournalRoster roster;

    @Inject SchoolClock clock;

    /** The year, or not found (a year of another school is not found either: the tenant). */
    public AcademicYear year(long yearId) {
        AcademicYear year = em.find(AcademicYear.class, yearId);
        if (year == null) {
            throw JournalException.notFound("school year " + yearId);
        }
        return year;
    }

    /**
     * The classes that had lessons in the year, with their title of that year, by grade, letter.
     */
    public List<Titled> classes(AcademicYear year) {
        List<Long> taught =
                em.createQuery(
                                "select distinct l.assignment.schoolClass.id from Lesson l"
                                        + " where l.date between :from and :to",
                                Long.class)
                        .setParameter("from", year.getStartsOn())
                        .setParameter("to", year.getEndsOn())
                        .getResultList();
        if (taught.isEmpty()) {
            return List.of();
        }
        List<Titled> list = new ArrayList<>();
        for (SchoolClass c :
                em.createQuery("select c from SchoolClass c where c.id in :ids", SchoolClass.class)
                        .setParameter("ids", taught)
                        .getResultList()) {
            list.add(new Titled(c, gradeIn(c, year)));
        }
        list.sort(
                Comparator.comparingInt(Titled::grade)
                        .thenComparing(t -> t.schoolClass().getLetter()));
        return list;
    }

    public Titled schoolClass(long classId, AcademicYear year) {
        SchoolClass c = em.find(SchoolClass.class, classId);
        if (c == null) {
            throw JournalException.notFound("class " + classId);
        }
        return new Titled(c, gradeIn(c, year));
    }

    private int gradeIn(SchoolClass c, AcademicYear year) {
        return years.gradeIn(c.getGrade(), c.getGraduatedIn(), year);
    }

    /** A class as it was in a year: «4 «А»» last year for today's 5 «А». */
    public record Titled(SchoolClass schoolClass, int grade) {
        public String title() {
            return grade + " «" + schoolClass.getLetter() + "»";
        }
    }

    /** Everything of one class's year, read once; the book, the sheet and the checks use it. */
    public Year read(long schoolId, Titled c, AcademicYear year) {
        List<StudyPeriod> periods = years.of(year, c.grade());
        List<TeachingAssignment> journals = kept(journals(c.schoolClass().getId()), year);
        Map<Long, List<ClassRoster.Stint>> rosters = new HashMap<>();
        for (TeachingAssignment a : journals) {
            rosters.put(a.getId(), roster.of(a, year.getStartsOn(), year.getEndsOn()));
        }
        return new Year(schoolId, c, year, periods, journals, rosters);
    }

    /** The data of a class's year. */
    public final class Year {
        final long schoolId;
        final Titled schoolClass;
        final AcademicYear year;
        final List<StudyPeriod> periods;
        final List<TeachingAssignment> journals;
        final Map<Long, List<ClassRoster.Stint>> rosters;
        final Map<Long, Map<Long, Map<Long, PeriodMark>>> periodMarks = new HashMap<>();
        final Map<Long, Map<Long, YearMark>> yearMarks = new HashMap<>();
        final Map<Long, Map<Long, Instant>> locks = new HashMap<>();

        Year(
                long schoolId,
                Titled schoolClass,
                AcademicYear year,
                List<StudyPeriod> periods,
                List<TeachingAssignment> journals,
                Map<Long, List<ClassRoster.Stint>> rosters) {
            this.schoolId = schoolId;
            this.schoolClass = schoolClass;
            this.year = year;
            this.periods = periods;
            this.journals = journals;
            this.rosters = rosters;
            List<Long> ids = ids();
            List<Long> periodIds = periods.stream().map(StudyPeriod::getId).toList();
            if (ids.isEmpty()) {
                return;
            }
            if (!periodIds.isEmpty()) {
                for (Object[] r :
                        em.createQuery(
                                        "select m, m.assignmentId, m.periodId from PeriodMark m"
                                                + " where m.assignmentId in :ids"
                                                + " and m.periodId in :periodIds",
                                        Object[].class)
                                .setParameter("ids", ids)
                                .setParameter("periodIds", periodIds)
                                .getResultList()) {
                    PeriodMark m = (PeriodMark) r[0];
                    periodMarks
                            .computeIfAbsent((Long) r[1], k -> new HashMap<>())
                            .computeIfAbsent((Long) r[2], k -> new HashMap<>())
                            .put(m.getPupilId(), m);
                }
                for (Object[] r :
                        em.createQuery(
                                        "select l.assignmentId, l.periodId, l.lockedAt from"
                                                + " JournalLock l where l.assignmentId in :ids"
                                                + " and l.periodId in :periodIds",
                                        Object[].class)
                                .setParameter("ids", ids)
                                .setParameter("periodIds", periodIds)
                                .getResultList()) {
                    Instant at =
                            r[2] instanceof java.time.OffsetDateTime o
                                    ? o.toInstant()
                                    : (Instant) r[2];
                    locks.computeIfAbsent((Long) r[0], k -> new HashMap<>()).put((Long) r[1], at);
                }
            }
            for (YearMark y :
                    em.createNamedQuery("YearMark.ofJournals", YearMark.class)
                            .setParameter("assignmentIds", ids)
                            .setParameter("yearId", year.getId())
                            .getResultList()) {
                yearMarks
                        .computeIfAbsent(y.getAssignmentId(), k -> new HashMap<>())
                        .put(y.getPupilId(), y);
            }
        }

        List<Long> ids() {
            return journals.stream().map(TeachingAssignment::getId).toList();
        }

        /** Journals that keep marks: a subject graded «без отметок» has no period to close. */
        boolean graded(TeachingAssignment a) {
            return a.getSubject().getGrading() != Grading.NONE;
        }

        /**
         * What keeps the year open, journal by journal: a period not locked, a pupil without a
         * period mark (a deferral is not a mark), a pupil without a year mark. Empty: closed.
         */
        public List<Open> open() {
            List<Open> open = new ArrayList<>();
            for (TeachingAssignment a : journals) {
                if (!graded(a)) {
                    continue;
                }
                List<ClassRoster.Stint> pupils = rosters.get(a.getId());
                for (StudyPeriod p : periods) {
                    if (!locks.getOrDefault(a.getId(), Map.of()).containsKey(p.getId())) {
                        open.add(new Open(a, PeriodTitles.of(p) + ": период не закрыт"));
                        continue;
                    }
                    Map<Long, PeriodMark> marks =
                            periodMarks
                                    .getOrDefault(a.getId(), Map.of())
                                    .getOrDefault(p.getId(), Map.of());
                    long missing =
                            pupils.stream()
                                    .filter(s -> s.overlaps(p.getStartsOn(), p.getEndsOn()))
                                    .filter(
                                            s ->
                                                    marks.get(s.pupilId()) == null
                                                            || marks.get(s.pupilId()).getValue()
                                                                    == null)
                                    .count();
                    if (missing > 0) {
                        open.add(
                                new Open(
                                        a,
                                        PeriodTitles.of(p)
                                                + ": нет итоговой отметки у "
                                                + missing
                                                + " уч."));
                    }
                }
                Map<Long, YearMark> set = yearMarks.getOrDefault(a.getId(), Map.of());
                long missing =
                        pupils.stream()
                                .filter(s -> s.covers(year.getEndsOn()) || s.until() == null)
                                .filter(
                                        s ->
                                                set.get(s.pupilId()) == null
                                                        || set.get(s.pupilId()).getValue() == null)
                                .count();
                if (missing > 0 && !periods.isEmpty()) {
                    open.add(new Open(a, "нет годовой отметки у " + missing + " уч."));
                }
            }
            return open;
        }

        /** The day the last period of the year was locked (the book's date), null if none. */
        public LocalDate closedOn() {
            ZoneId zone = clock.zoneOf(schoolId);
            return locks.values().stream()
                    .flatMap(m -> m.values().stream())
                    .max(Comparator.naturalOrder())
                    .map(i -> i.atZone(zone).toLocalDate())
                    .orElse(null);
        }

        public String classTitle() {
            return schoolClass.title();
        }

        public AcademicYear academicYear() {
            return year;
        }

        public List<StudyPeriod> periods() {
            return periods;
        }

        public List<TeachingAssignment> journals() {
            return journals;
        }

        public Map<Long, List<ClassRoster.Stint>> rosters() {
            return rosters;
        }

        public Map<Long, Map<Long, Map<Long, PeriodMark>>> periodMarks() {
            return periodMarks;
        }

        public Map<Long, Map<Long, YearMark>> yearMarks() {
            return yearMarks;
        }
    }

    /** A journal that keeps the year open and why. */
    public record Open(TeachingAssignment journal, String problem) {}

    /** The book of the class's year: journals with lessons, cells and finals. */
    public ClassBook book(Year y) {
        List<Long> ids = y.ids();
        Map<Long, List<Object[]>> lessons = new HashMap<>();
        Map<Long, Map<Long, EnumMap<WorkType, String>>> marks = new HashMap<>();
        Map<Long, Map<Long, String>> attendance = new HashMap<>();
        if (!ids.isEmpty()) {
            for (Object[] r :
                    em.createQuery(
                                    "select l.assignment.id, l.id, l.date, l.number, l.topic,"
                                            + " l.homework, l.noHomework, g from Lesson l"
                                            + " left join l.givenBy g"
                                            + " where l.assignment.id in :ids"
                                            + " and l.date between :from and :to"
                                            + " order by l.date, l.number, l.id",
                                    Object[].class)
                            .setParameter("ids", ids)
                            .setParameter("from", y.year.getStartsOn())
                            .setParameter("to", y.year.getEndsOn())
                            .getResultList()) {
                lessons.computeIfAbsent((Long) r[0], k -> new ArrayList<>()).add(r);
            }
            for (Object[] r :
                    em.createQuery(
                                    "select m.lesson.id, m.pupil.id, m.workType, m.value from"
                                            + " Mark m where m.lesson.assignment.id in :ids"
                                            + " and m.lesson.date between :from and :to",
                                    Object[].class)
                            .setParameter("ids", ids)
                            .setParameter("from", y.year.getStartsOn())
                            .setParameter("to", y.year.getEndsOn())
                            .getResultList()) {
                marks.computeIfAbsent((Long) r[0], k -> new HashMap<>())
                        .computeIfAbsent((Long) r[1], k -> new EnumMap<>(WorkType.class))
                        .put((WorkType) r[2], (String) r[3]);
            }
            for (Object[] r :
                    em.createQuery(
                                    "select a.lesson.id, a.pupil.id, a.kind from Attendance a"
                                            + " where a.lesson.assignment.id in :ids"
                                            + " and a.lesson.date between :from and :to",
                                    Object[].class)
                            .setParameter("ids", ids)
                            .setParameter("from", y.year.getStartsOn())
                            .setParameter("to", y.year.getEndsOn())
                            .getResultList()) {
                attendance
                        .computeIfAbsent((Long) r[0], k -> new HashMap<>())
                        .put((Long) r[1], ((AttendanceKind) r[2]).code());
            }
        }
        List<Period> periods =
                y.periods.stream()
                        .map(p -> new Period(PeriodTitles.shortOf(p), p.getEndsOn()))
                        .toList();
        List<Journal> list = new ArrayList<>();
        for (TeachingAssignment a : y.journals) {
            List<ClassRoster.Stint> roster = y.rosters.get(a.getId());
            List<Pupil> pupils =
                    roster.stream()
                            .sorted(Comparator.comparing(ClassRoster.Stint::name))
                            .map(s -> new Pupil(s.pupilId(), s.name()))
                            .toList();
            List<Lesson> own = new ArrayList<>();
            for (Object[] r : lessons.getOrDefault(a.getId(), List.of())) {
                long lessonId = (Long) r[1];
                Map<Long, Cell> cells = new HashMap<>();
                Map<Long, EnumMap<WorkType, String>> m = marks.getOrDefault(lessonId, Map.of());
                Map<Long, String> at = attendance.getOrDefault(lessonId, Map.of());
                Set<Long> who = new HashSet<>(m.keySet());
                who.addAll(at.keySet());
                for (Long pupil : who) {
                    EnumMap<WorkType, String> pm =
                            m.getOrDefault(pupil, new EnumMap<>(WorkType.class));
                    cells.put(
                            pupil,
                            new Cell(
                                    CellText.of(at.get(pupil), pm),
                                    pm.containsKey(WorkType.CONTROL_WORK)));
                }
                Staff givenBy = (Staff) r[7];
                boolean substitute =
                        givenBy != null && !givenBy.getId().equals(a.getTeacher().getId());
                String homework = (String) r[5];
                own.add(
                        new Lesson(
                                (LocalDate) r[2],
                                (Integer) r[3],
                                (String) r[4],
                                homework != null
                                        ? homework
                                        : Boolean.TRUE.equals(r[6])
                                                ? JournalContent.NO_HOMEWORK
                                                : null,
                                substitute ? givenBy.getShortName() : null,
                                cells));
            }
            Map<Long, Finals> finals = new LinkedHashMap<>();
            boolean graded = y.graded(a);
            for (Pupil p : pupils) {
                List<String> values = new ArrayList<>();
                List<String> notes = new ArrayList<>();
                for (int i = 0; i < y.periods.size(); i++) {
                    StudyPeriod sp = y.periods.get(i);
                    PeriodMark pm =
                            y.periodMarks
                                    .getOrDefault(a.getId(), Map.of())
                                    .getOrDefault(sp.getId(), Map.of())
                                    .get(p.id());
                    values.add(pm == null || pm.getValue() == null ? "" : pm.getValue());
                    note(notes, PeriodTitles.shortOf(sp), pm);
                }
                YearMark ym = y.yearMarks.getOrDefault(a.getId(), Map.of()).get(p.id());
                if (ym != null && ym.getReason() != null) {
                    notes.add("год: " + ym.getValue() + " — " + ym.getReason());
                }
                if (graded) {
                    finals.put(
                            p.id(),
                            new Finals(
                                    values,
                                    ym == null || ym.getValue() == null ? "" : ym.getValue(),
                                    notes));
                }
            }
            list.add(
                    new Journal(
                            a.getSubject().getName(),
                            a.getGroup() == null ? null : a.getGroup().getTitle(),
                            a.getTeacher().getFullName(),
                            pupils,
                            own,
                            graded ? periods : List.of(),
                            finals));
        }
        School school = em.find(School.class, y.schoolId);
        Staff homeroom = y.schoolClass.schoolClass().getClassTeacher();
        return new ClassBook(
                school.getName(),
                y.classTitle(),
                y.year.getName(),
                homeroom == null ? null : homeroom.getFullName(),
                head(y.schoolId),
                y.closedOn(),
                list);
    }

    private static void note(List<String> notes, String period, PeriodMark pm) {
        if (pm == null) {
            return;
        }
        if (pm.getDeferredUntil() != null) {
            notes.add(
                    period
                            + ": отсрочка до "
                            + pm.getDeferredUntil()
                                    .format(
                                            java.time.format.DateTimeFormatter.ofPattern(
                                                    "dd.MM.yyyy"))
                            + (pm.getReason() == null ? "" : " — " + pm.getReason()));
        } else if (pm.getReason() != null) {
            notes.add(
                    period
                            + ": "
                            + pm.getValue()
                            + (pm.getSuggested() == null ? "" : " вместо " + pm.getSuggested())
                            + " — "
                            + pm.getReason());
        }
    }

    /** Whether the school exists (schools are the municipality's, not a tenant's rows). */
    public boolean schoolExists(long schoolId) {
        return em.find(School.class, schoolId) != null;
    }

    /** The head's full name for the signature lines; null if the school has none. */
    public String head(long schoolId) {
        List<Staff> heads =
                em.createQuery(
                                "select s from Staff s, AccountRole r where r.accountId ="
                                        + " s.accountId and r.schoolId = :schoolId and r.role ="
                                        + " :role order by s.lastName, s.id",
                                Staff.class)
                        .setParameter("schoolId", schoolId)
                        .setParameter("role", org.schooljournal.platform.entity.Role.HEAD)
                        .setMaxResults(1)
                        .getResultList();
        return heads.isEmpty() ? null : heads.get(0).getFullName();
    }

    /**
     * The journals kept in the year: a class's journal is one across the years, so a subject it has
     * only since this year (biology from grade 5) has no lesson in last year's book.
     */
    private List<TeachingAssignment> kept(List<TeachingAssignment> all, AcademicYear year) {
        if (all.isEmpty()) {
            return all;
        }
        Set<Long> taught =
                new HashSet<>(
                        em.createQuery(
                                        "select distinct l.assignment.id from Lesson l where"
                                                + " l.assignment.id in :ids"
                                                + " and l.date between :from and :to",
                                        Long.class)
                                .setParameter(
                                        "ids", all.stream().map(TeachingAssignment::getId).toList())
                                .setParameter("from", year.getStartsOn())
                                .setParameter("to", year.getEndsOn())
                                .getResultList());
        return all.stream().filter(a -> taught.contains(a.getId())).toList();
    }

    /**
     * The class's journals ({@link JournalRoster#classJournals}) by subject, the whole class first.
     */
    private List<TeachingAssignment> journals(long classId) {
        List<TeachingAssignment> list = new ArrayList<>(roster.classJournals(classId));
        list.sort(
                Comparator.comparing((TeachingAssignment a) -> a.getSubject().getName())
                        .thenComparing(a -> a.getGroup() == null ? 0 : 1)
                        .thenComparing(TeachingAssignment::getId));
        return list;
    }
}
