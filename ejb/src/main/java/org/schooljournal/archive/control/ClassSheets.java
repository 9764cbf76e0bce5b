package org.schooljournal.archive.control;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.schooljournal.calendar.entity.StudyPeriod;
import org.schooljournal.journal.boundary.SummarySheet;
import org.schooljournal.journal.control.JournalRoster;
import org.schooljournal.journal.control.MissedLessons;
import org.schooljournal.journal.control.PeriodTitles;
import org.schooljournal.journal.entity.PeriodMark;
import org.schooljournal.journal.entity.YearMark;
import org.schooljournal.people.control.ClassRoster;
import org.schooljournal.school.entity.School;
import org.schooljournal.school.entity.Subject;
import org.schooljournal.school.entity.TeachingAssignment;

/**
 * The summary sheet of a class's year for printing (R-C10, R-P02), in the record the screen shows
 * ({@link SummarySheet}), built from the year already read by {@link ClassBooks}: a pupil's mark
 * comes from the journal that lists it, a group's mark winning over a whole-class one, as {@code
 * SummarySheets} does on screen; columns are headed «I ч» … as in the printed form.
 */
@Dependent
public class ClassSheets {
    @Inject EntityManager em;

    @Inject JournalRoster roster;

    @Inject MissedLessons missedLessons;

    public SummarySheet of(ClassBooks.Year y) {
        long classId = y.schoolClass.schoolClass().getId();
        List<ClassRoster.Stint> stints = pupils(classId, y);
        Set<Long> pupilIds =
                stints.stream().map(ClassRoster.Stint::pupilId).collect(Collectors.toSet());
        Map<Long, Subject> subjects = new LinkedHashMap<>();
        // whole-class journals first, so that a group's mark overwrites a whole-class one
        List<TeachingAssignment> ordered =
                y.journals.stream()
                        .filter(y::graded)
                        .sorted(Comparator.comparing(a -> a.getGroup() == null ? 0 : 1))
                        .toList();
        Map<Long, Map<Long, Map<Long, String>>> periodMarks = new HashMap<>();
        Map<Long, Map<Long, String>> yearMarks = new HashMap<>();
        for (TeachingAssignment a : ordered) {
            long subject = a.getSubject().getId();
            subjects.putIfAbsent(subject, a.getSubject());
            y.periodMarks
                    .getOrDefault(a.getId(), Map.of())
                    .forEach(
                            (periodId, byPupil) -> {
                                for (PeriodMark m : byPupil.values()) {
                                    if (m.getValue() != null && pupilIds.contains(m.getPupilId())) {
                                        periodMarks
                                                .computeIfAbsent(
                                                        m.getPupilId(), k -> new HashMap<>())
                                                .computeIfAbsent(subject, k -> new HashMap<>())
                                                .put(periodId, m.getValue());
                                    }
                                }
                            });
            for (YearMark m : y.yearMarks.getOrDefault(a.getId(), Map.of()).values()) {
                if (m.getValue() != null && pupilIds.contains(m.getPupilId())) {
                    yearMarks
                            .computeIfAbsent(m.getPupilId(), k -> new HashMap<>())
                            .put(subject, m.getValue());
                }
            }
        }
        List<Subject> columns =
                subjects.values().stream().sorted(Comparator.comparing(Subject::getName)).toList();
        List<Long> periodIds = y.periods.stream().map(StudyPeriod::getId).toList();
        Map<Long, long[]> missed =
                missedLessons.of(pupilIds, y.year.getStartsOn(), y.year.getEndsOn());
        List<SummarySheet.PupilLine> lines =
                SummarySheet.lines(
                        stints.stream()
                                .sorted(Comparator.comparing(ClassRoster.Stint::name))
                                .toList(),
                        columns.stream().map(Subject::getId).toList(),
                        periodIds,
                        periodMarks,
                        yearMarks,
                        missed);
        School school = em.find(School.class, y.schoolId);
        return new SummarySheet(
                classId,
                y.classTitle(),
                school.getName(),
                y.year.getId(),
                y.year.getName(),
                y.periods.stream().map(PeriodTitles::shortOf).toList(),
                columns.stream()
                        .map(c -> new SummarySheet.SubjectCol(c.getId(), c.getName(), c.getName()))
                        .toList(),
                lines);
    }

    private List<ClassRoster.Stint> pupils(long classId, ClassBooks.Year y) {
        return roster.classStints(classId, y.year.getStartsOn(), y.year.getEndsOn());
    }
}
