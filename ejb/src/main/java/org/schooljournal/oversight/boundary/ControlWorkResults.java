package org.schooljournal.oversight.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.schooljournal.calendar.entity.StudyPeriod;
import org.schooljournal.controlworks.entity.ControlWork;
import org.schooljournal.oversight.control.MarkDistribution;
import org.schooljournal.oversight.control.OversightScope;
import org.schooljournal.oversight.control.ResultQueries;
import org.schooljournal.oversight.control.SchoolRosters;
import org.schooljournal.platform.control.Tenanted;
import org.schooljournal.platform.entity.Role;
import org.schooljournal.school.entity.TeachingAssignment;

/**
 * R-C04 (the deputy's item 13): the results of the control works of the ВШК schedule in a period. A
 * work's marks are the written ones (control work, test, dictation, written work) its class got
 * that day in the class's journals of the subject (the whole class's or its groups'); its pupils
 * are those in the class that day, and one without such a mark «did not write». Against them, the
 * same pupils' period marks of the subject in the period. Deputy head and head.
 *
 * <p>Statements, whatever the number of pupils or works: 7 (the period, journals, works, their
 * marks, the period marks, pupils and movements for every work's day at once).
 */
@Stateless
@Tenanted
@RolesAllowed({Role.HEAD, Role.DEPUTY_HEAD})
public class ControlWorkResults {
    @Inject OversightScope scope;

    @Inject ResultQueries queries;

    @Inject SchoolRosters rosters;

    public ControlWorkReport of(CheckFilter filter) {
        StudyPeriod period = scope.period(filter.periodId());
        List<TeachingAssignment> journals =
                scope.classJournals(
                        period, filter.classId(), filter.teacherId(), filter.subjectId());
        // class/subject → its journals
        Map<String, List<TeachingAssignment>> bySubject =
                journals.stream().collect(Collectors.groupingBy(a -> key(a)));
        List<ControlWork> works =
                queries.controlWorks(period.getStartsOn(), period.getEndsOn()).stream()
                        .filter(w -> period.covers(w.getSchoolClass().getGrade()))
                        .filter(w -> bySubject.containsKey(key(w)))
                        .toList();
        if (works.isEmpty()) {
            return new ControlWorkReport(
                    OversightScope.title(period),
                    period.getStartsOn(),
                    period.getEndsOn(),
                    List.of(),
                    List.of());
        }
        Set<Long> ids = new TreeSet<>();
        Set<LocalDate> days = new TreeSet<>();
        for (ControlWork w : works) {
            bySubject.get(key(w)).forEach(a -> ids.add(a.getId()));
            days.add(w.getDate());
        }
        Map<Long, TeachingAssignment> byId = new HashMap<>();
        journals.forEach(a -> byId.put(a.getId(), a));
        // class/subject/date/pupil → the work's mark (the best if a pupil has two that day)
        Map<String, String> written = new HashMap<>();
        for (Object[] r : queries.writtenMarks(ids, days)) {
            String k = key(byId.get((Long) r[0])) + "/" + r[1] + "/" + r[2];
            written.merge(k, (String) r[3], ControlWorkResults::better);
        }
        // class/subject/pupil → the period mark
        Map<String, String> periodMarks = new HashMap<>();
        for (Object[] r : queries.periodMarks(period.getId(), ids)) {
            periodMarks.merge(
                    key(byId.get((Long) r[0])) + "/" + r[1],
                    r[2] == null ? "" : (String) r[2],
                    ControlWorkResults::better);
        }
        Map<LocalDate, Map<Long, List<SchoolRosters.Named>>> onDays = rosters.on(days);

        List<ControlWorkReport.Work> lines = new ArrayList<>();
        Map<String, MarkDistribution[]> perTeacher = new TreeMap<>();
        Map<String, Long> worksPerTeacher = new HashMap<>();
        for (ControlWork w : works) {
            MarkDistribution work = new MarkDistribution();
            MarkDistribution term = new MarkDistribution();
            String teachers =
                    bySubject.get(key(w)).stream()
                            .map(a -> a.getTeacher().getShortName())
                            .distinct()
                            .sorted()
                            .collect(Collectors.joining(", "));
            for (SchoolRosters.Named p :
                    onDays.get(w.getDate()).getOrDefault(w.getSchoolClass().getId(), List.of())) {
                String mark = written.get(key(w) + "/" + w.getDate() + "/" + p.pupilId());
                String periodMark = periodMarks.get(key(w) + "/" + p.pupilId());
                work.add(mark);
                term.add(periodMark);
                work.compare(mark, periodMark);
            }
            lines.add(
                    new ControlWorkReport.Work(
                            w.getId(),
                            w.getDate(),
                            w.getSchoolClass().getId(),
                            w.getSchoolClass().getTitle(),
                            w.getSubject().getName(),
                            teachers,
                            w.getForm(),
                            w.getTopic(),
                            counts(work),
                            counts(term),
                            work.confirmed(),
                            work.above(),
                            work.below()));
            MarkDistribution[] total =
                    perTeacher.computeIfAbsent(
                            teachers,
                            t ->
                                    new MarkDistribution[] {
                                        new MarkDistribution(), new MarkDistribution()
                                    });
            total[0].plus(work);
            total[1].plus(term);
            worksPerTeacher.merge(teachers, 1L, Long::sum);
        }
        List<ControlWorkReport.TeacherTotal> teachers = new ArrayList<>();
        perTeacher.forEach(
                (t, d) ->
                        teachers.add(
                                new ControlWorkReport.TeacherTotal(
                                        t, worksPerTeacher.get(t), counts(d[0]), counts(d[1]))));
        return new ControlWorkReport(
                OversightScope.title(period),
                period.getStartsOn(),
                period.getEndsOn(),
                List.copyOf(lines),
                List.copyOf(teachers));
    }

    private static String key(TeachingAssignment a) {
        return a.getSchoolClass().getId() + "/" + a.getSubject().getId();
    }

    private static String key(ControlWork w) {
        return w.getSchoolClass().getId() + "/" + w.getSubject().getId();
    }

    /** Of two marks of one pupil, the five-point one, the higher. */
    private static String better(String a, String b) {
        return MarkDistribution.points(b) > MarkDistribution.points(a) ? b : a;
    }

    static ControlWorkReport.Counts counts(MarkDistribution d) {
        return new ControlWorkReport.Counts(
                d.pupils(),
                d.count(5),
                d.count(4),
                d.count(3),
                d.count(2),
                d.notWritten(),
                d.average(),
                d.successRate(),
                d.qualityRate());
    }
}
