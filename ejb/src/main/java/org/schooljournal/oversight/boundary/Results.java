package org.schooljournal.oversight.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.schooljournal.calendar.entity.StudyPeriod;
import org.schooljournal.oversight.control.OversightQueries;
import org.schooljournal.oversight.control.OversightScope;
import org.schooljournal.oversight.control.ResultRates;
import org.schooljournal.oversight.control.ResultRates.Outcome;
import org.schooljournal.oversight.control.SchoolRosters;
import org.schooljournal.platform.control.SchoolClock;
import org.schooljournal.platform.control.Tenanted;
import org.schooljournal.platform.entity.Role;
import org.schooljournal.school.entity.Grading;
import org.schooljournal.school.entity.SchoolClass;
import org.schooljournal.school.entity.TeachingAssignment;

/**
 * The results of a period (R-C03, R-C04; the deputy's item 13): success and quality rates exactly
 * as the order defines them, counted by {@link ResultRates}. A class's subjects are those its
 * journals taught in the period (with at least one lesson in it: the whole class, its subgroups and
 * individual plans; streams have no class and are left out); its pupils are those in it on the
 * period's last day. Deputy head and head.
 *
 * <p>Statements, whatever the number of pupils: 5 (journals, those with lessons in the period, the
 * period's final marks of those journals, pupils, movements). The final marks come one row per mark
 * because a pupil who moved must be counted in its class at the period's end, not in the journal
 * that happens to hold it.
 */
@Stateless
@Tenanted
@RolesAllowed({Role.HEAD, Role.DEPUTY_HEAD})
public class Results {
    @Inject OversightScope scope;

    @Inject OversightQueries queries;

    @Inject SchoolRosters rosters;

    @Inject SchoolClock schoolClock;

    public ResultsReport of(CheckFilter filter) {
        StudyPeriod period = scope.period(filter.periodId());
        List<TeachingAssignment> journals =
                scope
                        .classJournals(
                                period, filter.classId(), filter.teacherId(), filter.subjectId())
                        .stream()
                        .filter(a -> a.getSubject().getGrading() != Grading.NONE)
                        .toList();
        if (!journals.isEmpty()) {
            // a journal without a lesson in the period (a subject not taught then) has no marks
            java.util.Set<Long> taught =
                    new java.util.HashSet<>(
                            queries.taughtJournals(
                                    journals.stream().map(TeachingAssignment::getId).toList(),
                                    period.getStartsOn(),
                                    period.getEndsOn()));
            journals = journals.stream().filter(a -> taught.contains(a.getId())).toList();
        }
        if (journals.isEmpty()) {
            return new ResultsReport(OversightScope.title(period), List.of(), List.of());
        }
        Map<Long, TeachingAssignment> byId = new HashMap<>();
        // class → subject name → five-point?
        Map<Long, Map<String, Boolean>> subjects = new HashMap<>();
        Map<Long, SchoolClass> classes = new TreeMap<>();
        for (TeachingAssignment a : journals) {
            byId.put(a.getId(), a);
            classes.put(a.getSchoolClass().getId(), a.getSchoolClass());
            subjects.computeIfAbsent(a.getSchoolClass().getId(), k -> new TreeMap<>())
                    .put(
                            a.getSubject().getName(),
                            a.getSubject().getGrading() == Grading.FIVE_POINT);
        }
        // class → subject → pupil → outcome (a mark in any of the class's journals of the subject)
        Map<String, Outcome> marks = new HashMap<>();
        for (Object[] r : queries.periodMarkRows(period.getId(), byId.keySet())) {
            TeachingAssignment a = byId.get((Long) r[0]);
            String key = a.getSchoolClass().getId() + "/" + a.getSubject().getName() + "/" + r[1];
            Outcome outcome = ResultRates.of((String) r[2], r[3] != null);
            marks.merge(key, outcome, (x, y) -> x.compareTo(y) <= 0 ? x : y);
        }
        LocalDate today = schoolClock.today();
        LocalDate day = period.getEndsOn().isAfter(today) ? today : period.getEndsOn();
        Map<Long, List<SchoolRosters.Named>> onDay = rosters.on(day);

        List<ResultsReport.SubjectLine> subjectLines = new ArrayList<>();
        List<ResultsReport.PupilLine> pupilLines = new ArrayList<>();
        List<SchoolClass> ordered = new ArrayList<>(classes.values());
        ordered.sort(
                Comparator.comparing(SchoolClass::getGrade).thenComparing(SchoolClass::getLetter));
        for (SchoolClass c : ordered) {
            List<SchoolRosters.Named> pupils = onDay.getOrDefault(c.getId(), List.of());
            Map<String, ResultRates.Tally> perPupil = new LinkedHashMap<>();
            pupils.forEach(p -> perPupil.put(String.valueOf(p.pupilId()), new ResultRates.Tally()));
            for (var s : subjects.get(c.getId()).entrySet()) {
                ResultRates.Tally tally = new ResultRates.Tally();
                for (SchoolRosters.Named p : pupils) {
                    Outcome o =
                            marks.getOrDefault(
                                    c.getId() + "/" + s.getKey() + "/" + p.pupilId(),
                                    Outcome.MISSING);
                    tally.add(o, s.getValue());
                    perPupil.get(String.valueOf(p.pupilId())).add(o, s.getValue());
                }
                subjectLines.add(
                        new ResultsReport.SubjectLine(
                                c.getId(),
                                c.getTitle(),
                                s.getKey(),
                                tally.base(),
                                tally.success(),
                                tally.quality(),
                                tally.deferred(),
                                tally.notAttested(),
                                tally.successRate(),
                                tally.qualityRate()));
            }
            for (SchoolRosters.Named p : pupils) {
                ResultRates.Tally t = perPupil.get(String.valueOf(p.pupilId()));
                pupilLines.add(
                        new ResultsReport.PupilLine(
                                p.pupilId(),
                                c.getTitle(),
                                p.name(),
                                t.base(),
                                t.success(),
                                t.quality(),
                                t.deferred(),
                                t.notAttested(),
                                t.successRate(),
                                t.qualityRate()));
            }
        }
        return new ResultsReport(
                OversightScope.title(period), List.copyOf(subjectLines), List.copyOf(pupilLines));
    }
}
