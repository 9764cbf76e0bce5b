package org.schooljournal.oversight.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.schooljournal.calendar.entity.Holiday;
import org.schooljournal.calendar.entity.StudyPeriod;
import org.schooljournal.journal.entity.Lesson;
import org.schooljournal.oversight.control.CompletenessScore;
import org.schooljournal.oversight.control.HomeworkNorms;
import org.schooljournal.oversight.control.OversightScope;
import org.schooljournal.oversight.control.PlanFulfilment;
import org.schooljournal.oversight.control.PlanQueries;
import org.schooljournal.oversight.control.PlanQueries.LessonCounts;
import org.schooljournal.oversight.control.SchoolRosters;
import org.schooljournal.platform.control.SchoolClock;
import org.schooljournal.platform.control.Tenanted;
import org.schooljournal.platform.entity.Role;
import org.schooljournal.school.entity.CurriculumLine;
import org.schooljournal.school.entity.SchoolClass;
import org.schooljournal.school.entity.TeachingAssignment;

/**
 * The deputy's checks of the plan (issue 12, the deputy's items 12, 13, 15, 16): curriculum
 * fulfilment per journal and per profile (R-C01, R-C08), homework volume against the age norms,
 * substituted and missed lessons, and the completeness score of each journal (R-C07). Same filter,
 * same refusals as {@link Checks}: the deputy head and the head of the school only.
 *
 * <p>Statements: fulfilment 9 (journals, 5 lesson counts grouped per journal, КТП hours grouped per
 * subject and grade, curriculum, holidays); homework volume 2; substituted and missed 3;
 * completeness those of fulfilment, timeliness and density, and the rosters (2).
 */
@Stateless
@Tenanted
@RolesAllowed({Role.HEAD, Role.DEPUTY_HEAD})
public class Plans {
    /** The profile the school's classes follow: the basic curriculum (classes carry none). */
    public static final String BASIC = "";

    @Inject OversightScope scope;

    @Inject PlanQueries queries;

    @Inject SchoolRosters rosters;

    @Inject SchoolClock schoolClock;

    @EJB Checks checks;

    /** The period and the day the report reaches: today while the period runs. */
    private record Span(StudyPeriod period, LocalDate from, LocalDate to) {
        String title() {
            return OversightScope.title(period);
        }
    }

    private Span span(CheckFilter filter) {
        StudyPeriod period = scope.period(filter.periodId());
        LocalDate today = schoolClock.today();
        LocalDate to = period.getEndsOn().isAfter(today) ? today : period.getEndsOn();
        return new Span(period, period.getStartsOn(), to);
    }

    private List<TeachingAssignment> journals(Span span, CheckFilter f) {
        return scope.journals(span.period(), f.classId(), f.teacherId(), f.subjectId()).stream()
                .sorted(Comparator.comparing(TeachingAssignment::getOrderKey))
                .toList();
    }

    /** R-C01, R-C08: lessons given against the curriculum and the КТП, per journal and profile. */
    public FulfilmentReport fulfilment(CheckFilter filter) {
        Span span = span(filter);
        List<TeachingAssignment> journals = journals(span, filter);
        List<FulfilmentReport.Line> lines = lines(span, journals);
        Map<Integer, List<FulfilmentReport.Line>> byGrade = new TreeMap<>();
        lines.forEach(l -> byGrade.computeIfAbsent(l.grade(), g -> new ArrayList<>()).add(l));
        List<FulfilmentReport.Profile> profiles = new ArrayList<>();
        byGrade.forEach(
                (grade, ls) -> {
                    long planned = ls.stream().mapToLong(FulfilmentReport.Line::planned).sum();
                    long given = ls.stream().mapToLong(FulfilmentReport.Line::given).sum();
                    long behind =
                            ls.stream()
                                    .filter(l -> l.ktpHours() > 0 && l.ktpDeviation() < 0)
                                    .mapToLong(l -> -l.ktpDeviation())
                                    .sum();
                    profiles.add(
                            new FulfilmentReport.Profile(
                                    grade,
                                    BASIC,
                                    ls.size(),
                                    planned,
                                    given,
                                    PlanFulfilment.percent(given, planned),
                                    behind));
                });
        return new FulfilmentReport(
                span.title(), span.from(), span.to(), lines, List.copyOf(profiles));
    }

    private List<FulfilmentReport.Line> lines(Span span, List<TeachingAssignment> journals) {
        if (journals.isEmpty() || span.from().isAfter(span.to())) {
            return List.of();
        }
        var year = span.period().getYear();
        Map<Long, LessonCounts> counts =
                queries.lessonCounts(
                        journals.stream().map(TeachingAssignment::getId).toList(),
                        year.getStartsOn(),
                        span.from(),
                        span.to());
        Map<String, Long> ktp = queries.ktpHours(year.getId());
        Map<String, BigDecimal> curriculum = new HashMap<>();
        for (CurriculumLine c : queries.curriculum()) {
            if (BASIC.equals(c.getProfile())) {
                curriculum.put(c.getGrade() + "/" + c.getSubject().getId(), c.getHoursPerWeek());
            }
        }
        List<Holiday> holidays = queries.holidays(span.from(), span.to());
        String month = span.to().toString().substring(0, 7);
        List<FulfilmentReport.Line> lines = new ArrayList<>();
        for (TeachingAssignment a : journals) {
            int grade = a.getGrade();
            long subjectId = a.getSubject().getId();
            BigDecimal hours =
                    a.getHoursPerWeek() != null && a.getHoursPerWeek().signum() > 0
                            ? a.getHoursPerWeek()
                            : curriculum.get(grade + "/" + subjectId);
            SchoolClass c = a.getSchoolClass();
            BigDecimal weeks =
                    PlanFulfilment.studyWeeks(
                            span.from(),
                            span.to(),
                            grade,
                            c == null ? 5 : c.getWeekDays(),
                            (g, d) -> holidays.stream().anyMatch(h -> h.frees(g, d)));
            long planned = PlanFulfilment.planned(hours, weeks);
            LessonCounts n = counts.getOrDefault(a.getId(), PlanQueries.none());
            long ktpHours = ktp.getOrDefault(subjectId + "/" + grade, 0L);
            lines.add(
                    new FulfilmentReport.Line(
                            a.getId(),
                            a.getTitle(),
                            grade,
                            a.getSubject().getName(),
                            a.getTeacher().getShortName(),
                            hours,
                            weeks,
                            planned,
                            n.scheduled(),
                            n.given(),
                            n.substituted(),
                            PlanFulfilment.percent(n.given(), planned),
                            ktpHours,
                            PlanFulfilment.ktpDue(ktpHours, n.scheduledYear()),
                            n.givenYear(),
                            ktpHours == 0
                                    ? 0
                                    : PlanFulfilment.ktpDeviation(
                                            n.givenYear(), ktpHours, n.scheduledYear()),
                            month));
        }
        return lines;
    }

    /** The deputy's item 13: the class-days whose homework sums above the grade's limit. */
    public HomeworkLoadReport homeworkLoad(CheckFilter filter) {
        Span span = span(filter);
        List<TeachingAssignment> journals = journals(span, filter);
        Map<Long, TeachingAssignment> firstOfClass = new LinkedHashMap<>();
        for (TeachingAssignment a : journals) {
            if (a.getSchoolClass() != null) {
                firstOfClass.putIfAbsent(a.getSchoolClass().getId(), a);
            }
        }
        // class id → date → {minutes, homeworks}; the per-subject maximum is the database's
        Map<Long, Map<LocalDate, long[]>> sums = new HashMap<>();
        for (Object[] r : queries.homeworkMinutes(firstOfClass.keySet(), span.from(), span.to())) {
            long[] day =
                    sums.computeIfAbsent((Long) r[0], k -> new TreeMap<>())
                            .computeIfAbsent((LocalDate) r[1], k -> new long[2]);
            day[0] += ((Number) r[3]).longValue();
            day[1] += ((Number) r[4]).longValue();
        }
        long checked = 0;
        List<HomeworkLoadReport.Day> over = new ArrayList<>();
        for (var e : sums.entrySet()) {
            TeachingAssignment a = firstOfClass.get(e.getKey());
            SchoolClass c = a.getSchoolClass();
            for (var d : e.getValue().entrySet()) {
                checked++;
                if (HomeworkNorms.over(c.getGrade(), d.getValue()[0])) {
                    over.add(
                            new HomeworkLoadReport.Day(
                                    c.getId(),
                                    c.getTitle(),
                                    c.getGrade(),
                                    d.getKey(),
                                    d.getValue()[1],
                                    d.getValue()[0],
                                    HomeworkNorms.limitMinutes(c.getGrade()),
                                    a.getId(),
                                    d.getKey().toString().substring(0, 7)));
                }
            }
        }
        over.sort(
                Comparator.comparing(HomeworkLoadReport.Day::date)
                        .thenComparing(HomeworkLoadReport.Day::grade)
                        .thenComparing(HomeworkLoadReport.Day::classTitle));
        return new HomeworkLoadReport(
                span.title(), span.from(), span.to(), checked, List.copyOf(over));
    }

    /** The deputy's item 15: lessons given by a substitute, and lessons not given. */
    public LessonsGivenReport lessonsGiven(CheckFilter filter) {
        Span span = span(filter);
        Map<Long, TeachingAssignment> byId =
                journals(span, filter).stream()
                        .collect(
                                Collectors.toMap(
                                        TeachingAssignment::getId,
                                        a -> a,
                                        (x, y) -> x,
                                        LinkedHashMap::new));
        List<LessonsGivenReport.Line> substituted = new ArrayList<>();
        for (Lesson l : queries.substituted(byId.keySet(), span.from(), span.to())) {
            substituted.add(
                    line(
                            byId.get(l.journalId()),
                            l.getId(),
                            l.getDate(),
                            l.getNumber(),
                            l.getGivenBy().getShortName(),
                            l.getTopic()));
        }
        List<LessonsGivenReport.Line> missed = new ArrayList<>();
        for (Object[] r :
                queries.missed(byId.keySet(), span.from(), span.to(), schoolClock.today())) {
            missed.add(
                    line(
                            byId.get((Long) r[3]),
                            (Long) r[0],
                            (LocalDate) r[1],
                            ((Number) r[2]).intValue(),
                            null,
                            null));
        }
        return new LessonsGivenReport(
                span.title(),
                span.from(),
                span.to(),
                List.copyOf(substituted),
                List.copyOf(missed));
    }

    private static LessonsGivenReport.Line line(
            TeachingAssignment a,
            long lessonId,
            LocalDate date,
            int number,
            String substitute,
            String topic) {
        return new LessonsGivenReport.Line(
                lessonId,
                a.getId(),
                date,
                number,
                a.getTitle(),
                a.getSubject().getName(),
                a.getTeacher().getShortName(),
                substitute,
                topic,
                date.toString().substring(0, 7));
    }

    /** R-C07: each journal's score from the checks, the worst first. */
    public CompletenessReport completeness(CheckFilter filter) {
        Span span = span(filter);
        List<TeachingAssignment> journals = journals(span, filter);
        List<FulfilmentReport.Line> fulfilment = lines(span, journals);
        // journal → kind → lessons with a finding of that kind
        Map<Long, Map<String, Set<Long>>> late = new HashMap<>();
        for (LateEntry e : checks.timeliness(filter).entries()) {
            if (!"ATTENDANCE".equals(e.kind())) {
                late.computeIfAbsent(e.assignmentId(), k -> new HashMap<>())
                        .computeIfAbsent(e.kind(), k -> new java.util.HashSet<>())
                        .add(e.lessonId());
            }
        }
        Map<Long, Long> below =
                checks.density(filter).lines().stream()
                        .collect(
                                Collectors.groupingBy(
                                        DensityReport.Line::assignmentId, Collectors.counting()));
        Map<Long, Integer> classSize = new HashMap<>();
        rosters.on(span.to()).forEach((classId, pupils) -> classSize.put(classId, pupils.size()));
        Map<Long, TeachingAssignment> byId =
                journals.stream().collect(Collectors.toMap(TeachingAssignment::getId, j -> j));
        List<CompletenessReport.Line> lines = new ArrayList<>();
        for (FulfilmentReport.Line f : fulfilment) {
            TeachingAssignment a = byId.get(f.assignmentId());
            Map<String, Set<Long>> found = late.getOrDefault(a.getId(), Map.of());
            long lessons = f.scheduled();
            double topics = CompletenessScore.share(count(found, "TOPIC"), lessons);
            double homework = CompletenessScore.share(count(found, "HOMEWORK"), lessons);
            double marks = CompletenessScore.share(count(found, "MARK"), lessons);
            int pupils =
                    a.getSchoolClass() == null
                            ? 0
                            : classSize.getOrDefault(a.getSchoolClass().getId(), 0);
            double density = CompletenessScore.share(below.getOrDefault(a.getId(), 0L), pupils);
            double plan = CompletenessScore.fulfilment(f.given(), f.planned());
            lines.add(
                    new CompletenessReport.Line(
                            a.getId(),
                            f.classTitle(),
                            f.subject(),
                            f.teacher(),
                            lessons,
                            percent(topics),
                            percent(homework),
                            percent(marks),
                            percent(density),
                            percent(plan),
                            CompletenessScore.of(topics, homework, marks, density, plan),
                            f.month()));
        }
        lines.sort(
                Comparator.comparing(CompletenessReport.Line::score)
                        .thenComparing(CompletenessReport.Line::classTitle)
                        .thenComparing(CompletenessReport.Line::subject));
        return new CompletenessReport(span.title(), span.from(), span.to(), List.copyOf(lines));
    }

    private static long count(Map<String, Set<Long>> found, String kind) {
        return found.getOrDefault(kind, Set.of()).size();
    }

    private static BigDecimal percent(double share) {
        return BigDecimal.valueOf(share * 100.0).setScale(1, java.math.RoundingMode.HALF_UP);
    }
}
