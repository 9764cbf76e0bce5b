package org.schooljournal.oversight.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.schooljournal.calendar.entity.StudyPeriod;
import org.schooljournal.oversight.control.MarkDistribution;
import org.schooljournal.oversight.control.OversightScope;
import org.schooljournal.oversight.control.ResultQueries;
import org.schooljournal.oversight.control.ResultRates;
import org.schooljournal.oversight.control.SchoolRosters;
import org.schooljournal.platform.control.SchoolClock;
import org.schooljournal.platform.control.Tenanted;
import org.schooljournal.platform.entity.JournalException;
import org.schooljournal.platform.entity.Role;
import org.schooljournal.school.entity.SchoolClass;
import org.schooljournal.school.entity.Staff;
import org.schooljournal.school.entity.TeachingAssignment;

/**
 * The analytics of current and final results (R-C09), each series aggregated in SQL per day and
 * folded into weeks (Monday first): a class's marks in a subject, a class's attendance, a class's
 * success and quality across the periods (of every year with data), a teacher's journals side by
 * side. Deputy head and head. Statements: marks 3, attendance 5, a teacher 4 + 5 for the rates, the
 * rates across periods 5 per period with marks.
 */
@Stateless
@Tenanted
@RolesAllowed({Role.HEAD, Role.DEPUTY_HEAD})
public class Analytics {
    @PersistenceContext EntityManager em;

    @Inject OversightScope scope;

    @Inject ResultQueries queries;

    @Inject SchoolRosters rosters;

    @Inject SchoolClock schoolClock;

    @EJB Results results;

    /** Per week of the period (to today), the class's marks in the subject. */
    public AnalyticsReport.Marks marks(Long periodId, long classId, long subjectId) {
        StudyPeriod period = scope.period(periodId);
        List<TeachingAssignment> journals = scope.journals(null, classId, null, subjectId);
        if (journals.isEmpty()) { // the class does not learn the subject: nothing to chart
            return new AnalyticsReport.Marks(
                    em.find(SchoolClass.class, classId).getTitle(),
                    em.find(org.schooljournal.school.entity.Subject.class, subjectId).getName(),
                    OversightScope.title(period),
                    List.of());
        }
        Map<LocalDate, MarkDistribution> weeks = new TreeMap<>();
        LocalDate to = until(period);
        for (LocalDate w = monday(period.getStartsOn()); !w.isAfter(to); w = w.plusWeeks(1)) {
            weeks.put(w, new MarkDistribution());
        }
        for (Object[] r : queries.marksPerDay(ids(journals), period.getStartsOn(), to)) {
            if (MarkDistribution.points((String) r[1]) > 0) {
                weeks.get(monday((LocalDate) r[0])).add((String) r[1], (Long) r[2]);
            }
        }
        List<AnalyticsReport.MarkWeek> lines = new ArrayList<>();
        weeks.forEach(
                (w, d) ->
                        lines.add(
                                new AnalyticsReport.MarkWeek(
                                        w,
                                        d.written(),
                                        d.average(),
                                        d.count(5),
                                        d.count(4),
                                        d.count(3),
                                        d.count(2))));
        return new AnalyticsReport.Marks(
                journals.get(0).getSchoolClass().getTitle(),
                journals.get(0).getSubject().getName(),
                OversightScope.title(period),
                lines);
    }

    /**
     * Per week of the period (to today), the lessons the class's pupils missed (illness, excused,
     * unexcused; not late arrivals) of the pupil-lessons given: each whole-class lesson counts the
     * pupils in the class that day (group and stream lessons are left out: their pupils are a
     * part).
     */
    public AnalyticsReport.Attendance attendance(Long periodId, long classId) {
        StudyPeriod period = scope.period(periodId);
        SchoolClass schoolClass = em.find(SchoolClass.class, classId);
        List<TeachingAssignment> journals =
                scope.journals(null, classId, null, null).stream()
                        .filter(TeachingAssignment::isWholeClass)
                        .toList();
        LocalDate to = until(period);
        Map<LocalDate, long[]> weeks = new TreeMap<>();
        for (LocalDate w = monday(period.getStartsOn()); !w.isAfter(to); w = w.plusWeeks(1)) {
            weeks.put(w, new long[2]);
        }
        if (!journals.isEmpty()) {
            Map<LocalDate, Long> lessons = new HashMap<>();
            for (Object[] r : queries.lessonsPerDay(ids(journals), period.getStartsOn(), to)) {
                lessons.put((LocalDate) r[0], (Long) r[1]);
            }
            var onDays = rosters.on(lessons.keySet());
            lessons.forEach(
                    (day, n) ->
                            weeks.get(monday(day))[0] +=
                                    n * onDays.get(day).getOrDefault(classId, List.of()).size());
            for (Object[] r : queries.missedPerDay(ids(journals), period.getStartsOn(), to)) {
                weeks.get(monday((LocalDate) r[0]))[1] += (Long) r[1];
            }
        }
        List<AnalyticsReport.AttendanceWeek> lines = new ArrayList<>();
        weeks.forEach(
                (w, c) ->
                        lines.add(
                                new AnalyticsReport.AttendanceWeek(
                                        w, c[0], c[1], ResultRates.percent(c[1], c[0]))));
        return new AnalyticsReport.Attendance(
                schoolClass.getTitle(), OversightScope.title(period), lines);
    }

    /**
     * The class's success and quality rates in every period begun that has its period marks, the
     * oldest first (of this year and the years before, where the data exists): over all its
     * subjects, success = final marks not below «3» / (pupils × subjects), as R-C03 counts.
     */
    public AnalyticsReport.Rates rates(long classId) {
        SchoolClass schoolClass = em.find(SchoolClass.class, classId);
        if (schoolClass == null) {
            throw JournalException.notFound("class " + classId);
        }
        LocalDate today = schoolClock.today();
        List<AnalyticsReport.PeriodRates> lines = new ArrayList<>();
        for (StudyPeriod p :
                em.createNamedQuery("StudyPeriod.all", StudyPeriod.class).getResultList().stream()
                        .filter(p -> !p.getStartsOn().isAfter(today))
                        .filter(p -> p.covers(schoolClass.getGrade()))
                        .sorted(Comparator.comparing(StudyPeriod::getStartsOn))
                        .toList()) {
            ResultsReport r = results.of(new CheckFilter(p.getId(), classId, null, null));
            long base = 0, success = 0, quality = 0, qualityBase = 0;
            for (ResultsReport.SubjectLine s : r.subjects()) {
                base += s.pupils();
                success += s.success();
                if (s.qualityRate() != null) {
                    qualityBase += s.pupils();
                    quality += s.quality();
                }
            }
            if (success + quality > 0) {
                lines.add(
                        new AnalyticsReport.PeriodRates(
                                p.getId(),
                                r.period() + " " + p.getYear().getName(),
                                p.getStartsOn(),
                                ResultRates.percent(success, base),
                                ResultRates.percent(quality, qualityBase)));
            }
        }
        return new AnalyticsReport.Rates(schoolClass.getTitle(), lines);
    }

    /** A teacher's journals in the period side by side: marks so far, average, the rates. */
    public AnalyticsReport.Teacher teacher(Long periodId, long teacherId) {
        StudyPeriod period = scope.period(periodId);
        Staff teacher = em.find(Staff.class, teacherId);
        List<TeachingAssignment> journals =
                scope.journals(period, null, teacherId, null).stream()
                        .sorted(Comparator.comparing(TeachingAssignment::getOrderKey))
                        .toList();
        Map<Long, MarkDistribution> marks = new HashMap<>();
        if (!journals.isEmpty()) {
            for (Object[] r :
                    queries.marksPerJournal(ids(journals), period.getStartsOn(), until(period))) {
                marks.computeIfAbsent((Long) r[0], k -> new MarkDistribution())
                        .add(
                                (String) r[1],
                                MarkDistribution.points((String) r[1]) > 0 ? (Long) r[2] : 0);
            }
        }
        Map<String, ResultsReport.SubjectLine> rates = new HashMap<>();
        for (ResultsReport.SubjectLine s :
                results.of(new CheckFilter(period.getId(), null, teacherId, null)).subjects()) {
            rates.put(s.classId() + "/" + s.subject(), s);
        }
        List<AnalyticsReport.JournalFigures> lines = new ArrayList<>();
        for (TeachingAssignment a : journals) {
            MarkDistribution d = marks.getOrDefault(a.getId(), new MarkDistribution());
            ResultsReport.SubjectLine s =
                    a.getSchoolClass() == null
                            ? null
                            : rates.get(
                                    a.getSchoolClass().getId() + "/" + a.getSubject().getName());
            lines.add(
                    new AnalyticsReport.JournalFigures(
                            a.getId(),
                            a.getTitle(),
                            a.getSubject().getName(),
                            d.written(),
                            d.average(),
                            s == null ? null : s.successRate(),
                            s == null ? null : s.qualityRate()));
        }
        return new AnalyticsReport.Teacher(
                teacher.getShortName(), OversightScope.title(period), lines);
    }

    private LocalDate until(StudyPeriod period) {
        LocalDate today = schoolClock.today();
        return period.getEndsOn().isAfter(today) ? today : period.getEndsOn();
    }

    static LocalDate monday(LocalDate day) {
        return day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    }

    private static List<Long> ids(List<TeachingAssignment> journals) {
        return journals.stream().map(TeachingAssignment::getId).toList();
    }
}
