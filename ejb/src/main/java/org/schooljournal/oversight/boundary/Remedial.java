package org.schooljournal.oversight.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.schooljournal.calendar.entity.StudyPeriod;
import org.schooljournal.journal.entity.AttendanceKind;
import org.schooljournal.journal.entity.WorkType;
import org.schooljournal.oversight.control.OversightQueries;
import org.schooljournal.oversight.control.OversightScope;
import org.schooljournal.platform.control.Tenanted;
import org.schooljournal.platform.entity.Role;
import org.schooljournal.school.entity.TeachingAssignment;

/**
 * Missed lessons (R-C05) and unsatisfactory marks (R-C06) with their topics, per pupil, for
 * remedial work and for the parent (printable through {@link Reports}). Absences count, lateness
 * not; unsatisfactory marks are «2», «1» and «нз». Two statements, whatever the number of pupils.
 */
@Stateless
@Tenanted
@RolesAllowed({Role.HEAD, Role.DEPUTY_HEAD})
public class Remedial {
    /** The marks that call for remedial work. */
    static final Set<String> UNSATISFACTORY = Set.of("2", "1", "нз");

    @Inject OversightScope scope;

    @Inject OversightQueries queries;

    public RemedialReport of(CheckFilter filter) {
        StudyPeriod period = scope.period(filter.periodId());
        Map<Long, TeachingAssignment> journals =
                scope
                        .journals(period, filter.classId(), filter.teacherId(), filter.subjectId())
                        .stream()
                        .collect(Collectors.toMap(TeachingAssignment::getId, Function.identity()));
        List<RemedialReport.Line> lines = new ArrayList<>();
        if (!journals.isEmpty()) {
            for (Object[] r :
                    queries.absences(journals.keySet(), period.getStartsOn(), period.getEndsOn())) {
                lines.add(line(r, journals, "ABSENCE", ((AttendanceKind) r[6]).code(), null));
            }
            for (Object[] r :
                    queries.marksOf(
                            journals.keySet(),
                            period.getStartsOn(),
                            period.getEndsOn(),
                            UNSATISFACTORY)) {
                lines.add(line(r, journals, "MARK", (String) r[6], ((WorkType) r[7]).name()));
            }
        }
        lines.sort(
                Comparator.comparing(RemedialReport.Line::classTitle)
                        .thenComparing(RemedialReport.Line::pupil)
                        .thenComparing(RemedialReport.Line::date)
                        .thenComparing(RemedialReport.Line::subject));
        return new RemedialReport(
                OversightScope.title(period),
                period.getStartsOn(),
                period.getEndsOn(),
                List.copyOf(lines));
    }

    private static RemedialReport.Line line(
            Object[] r,
            Map<Long, TeachingAssignment> journals,
            String kind,
            String detail,
            String workType) {
        TeachingAssignment a = journals.get((Long) r[4]);
        return new RemedialReport.Line(
                (Long) r[0],
                r[1] + " " + r[2],
                a.getTitle(),
                (LocalDate) r[3],
                a.getSubject().getName(),
                (String) r[5],
                kind,
                detail,
                workType);
    }
}
