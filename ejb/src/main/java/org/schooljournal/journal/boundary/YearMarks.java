package org.schooljournal.journal.boundary;

import static org.schooljournal.journal.control.JournalChange.Subject.PERIOD_MARK;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import org.schooljournal.calendar.entity.AcademicYear;
import org.schooljournal.calendar.entity.StudyPeriod;
import org.schooljournal.journal.control.JournalChange;
import org.schooljournal.journal.control.JournalRoster;
import org.schooljournal.journal.control.LessonAccess;
import org.schooljournal.journal.control.PeriodTitles;
import org.schooljournal.journal.control.YearMarkRule;
import org.schooljournal.journal.control.YearPeriods;
import org.schooljournal.journal.entity.PeriodMark;
import org.schooljournal.journal.entity.YearMark;
import org.schooljournal.people.control.ClassRoster;
import org.schooljournal.platform.control.Caller;
import org.schooljournal.platform.control.Tenanted;
import org.schooljournal.platform.entity.JournalException;
import org.schooljournal.platform.entity.Role;
import org.schooljournal.school.entity.TeachingAssignment;

/**
 * Year marks (годовая отметка, R-J12) of a journal in a school year, the current one unless the
 * reader chooses another: a journal is one row across the years, so each year has its own year
 * marks. The journal's teacher sets each pupil's mark against the suggestion from its period marks
 * of that year ({@link YearMarkRule}); a mark other than the suggestion needs a reason, and none is
 * set while a period mark is missing or deferred. Every change is audited (R-A08) under «год» and
 * the year's name. The summary sheet reads them.
 */
@Stateless
@Tenanted
@RolesAllowed({Role.TEACHER, Role.CLASS_TEACHER, Role.HEAD, Role.DEPUTY_HEAD})
public class YearMarks {
    static final List<String> SPECIAL = List.of("осв", "н/а");

    /** How the audit trail names the year mark's column. */
    static final String YEAR = "год";

    @PersistenceContext EntityManager em;

    @Inject Caller caller;

    @Inject Clock clock;

    @Inject JournalRoster roster;

    /** R-A08: every change is recorded by whoever observes it (the audit trail). */
    @Inject Event<JournalChange> changes;

    @Inject LessonAccess access;

    @Inject YearPeriods years;

    private final YearMarkRule rule = new YearMarkRule();

    /** The journal's year marks in the current school year. */
    public YearSheet sheet(long assignmentId) {
        return sheet(assignmentId, null);
    }

    /** The journal's year marks in the chosen school year, or the current one for null. */
    public YearSheet sheet(long assignmentId, Long yearId) {
        TeachingAssignment a = access.readable(assignmentId);
        return sheetOf(a, years.chosenOrCurrent(yearId));
    }

    /** Sets a pupil's year mark for the current school year. */
    @RolesAllowed(Role.TEACHER)
    public YearSheet set(
            long assignmentId,
            long pupilId,
            @NotBlank @Size(max = 5) String value,
            @Size(max = YearMark.MAX_REASON) String reason) {
        return set(assignmentId, null, pupilId, value, reason);
    }

    /**
     * Sets a pupil's year mark: refused while one of its period marks is missing or deferred
     * (naming the period), and without a reason for a mark other than the suggestion.
     */
    @RolesAllowed(Role.TEACHER)
    public YearSheet set(
            long assignmentId,
            Long yearId,
            long pupilId,
            @NotBlank @Size(max = 5) String value,
            @Size(max = YearMark.MAX_REASON) String reason) {
        TeachingAssignment a = access.writableJournal(assignmentId);
        AcademicYear year = years.chosenOrCurrent(yearId);
        String v = value.strip().toLowerCase(Locale.ROOT);
        var allowed = new TreeSet<>(a.getSubject().getGrading().marks());
        allowed.remove("1");
        if (!allowed.contains(v) && !SPECIAL.contains(v)) {
            throw new JournalException(
                    JournalException.Kind.INVALID,
                    "yearMark.value",
                    value,
                    String.join(", ", allowed));
        }
        YearSheet sheet = sheetOf(a, year);
        YearSheet.Row row =
                sheet.rows().stream()
                        .filter(r -> r.pupilId() == pupilId)
                        .findFirst()
                        .orElseThrow(() -> JournalException.notFound("pupil " + pupilId));
        if (sheet.periods().isEmpty()) {
            throw new JournalException(JournalException.Kind.CONFLICT, "yearMark.noPeriods");
        }
        int missing = YearMarkRule.firstMissing(row.periodMarks());
        if (missing >= 0) {
            throw new JournalException(
                    JournalException.Kind.CONFLICT,
                    "yearMark.periodMissing",
                    sheet.periods().get(missing),
                    row.name());
        }
        YearMark mark =
                em.createNamedQuery("YearMark.ofJournal", YearMark.class)
                        .setParameter("assignmentId", assignmentId)
                        .setParameter("yearId", year.getId())
                        .getResultStream()
                        .filter(m -> m.getPupilId() == pupilId)
                        .findFirst()
                        .orElseGet(() -> new YearMark(assignmentId, pupilId, year.getId()));
        String old = mark.getValue();
        mark.set(v, row.suggested(), reason, caller.login(), clock.instant());
        if (mark.getId() == null) {
            em.persist(mark);
        }
        em.flush();
        changes.fire(
                new JournalChange(
                        PERIOD_MARK,
                        assignmentId,
                        null,
                        pupilId,
                        YEAR + " " + year.getName(),
                        old,
                        v));
        return sheetOf(a, year);
    }

    private YearSheet sheetOf(TeachingAssignment a, AcademicYear year) {
        int graduatedIn = a.getSchoolClass() == null ? 0 : a.getSchoolClass().getGraduatedIn();
        List<StudyPeriod> periods = years.of(year, years.gradeIn(a.getGrade(), graduatedIn, year));
        List<Long> periodIds = periods.stream().map(StudyPeriod::getId).toList();
        Map<Long, Map<Long, String>> periodMarks = new HashMap<>();
        if (!periodIds.isEmpty()) {
            for (Object[] r :
                    em.createNamedQuery("PeriodMark.ofJournalAndPeriods", Object[].class)
                            .setParameter("assignmentId", a.getId())
                            .setParameter("periodIds", periodIds)
                            .getResultList()) {
                PeriodMark m = (PeriodMark) r[0];
                periodMarks
                        .computeIfAbsent(m.getPupilId(), k -> new HashMap<>())
                        .put((Long) r[1], m.getValue());
            }
        }
        Map<Long, YearMark> set = new HashMap<>();
        em.createNamedQuery("YearMark.ofJournal", YearMark.class)
                .setParameter("assignmentId", a.getId())
                .setParameter("yearId", year.getId())
                .getResultList()
                .forEach(m -> set.put(m.getPupilId(), m));
        List<YearSheet.Row> rows = new ArrayList<>();
        for (ClassRoster.Stint s : roster.of(a, year.getStartsOn(), year.getEndsOn())) {
            Map<Long, String> own = periodMarks.getOrDefault(s.pupilId(), Map.of());
            List<String> values = new ArrayList<>();
            for (Long id : periodIds) {
                String v = own.get(id);
                values.add(v == null ? "" : v);
            }
            YearMark m = set.get(s.pupilId());
            rows.add(
                    new YearSheet.Row(
                            s.pupilId(),
                            s.name(),
                            List.copyOf(values),
                            rule.suggest(values),
                            m == null ? null : m.getValue(),
                            m == null ? null : m.getReason()));
        }
        boolean locked =
                !periodIds.isEmpty()
                        && em.createNamedQuery("JournalLock.ofAssignment", Long.class)
                                .setParameter("assignmentId", a.getId())
                                .getResultList()
                                .contains(periodIds.get(periodIds.size() - 1));
        return new YearSheet(
                a.getId(),
                a.getTitle() + " · " + a.getSubject().getName(),
                year.getId(),
                year.getName(),
                periods.stream().map(PeriodTitles::of).toList(),
                locked,
                a.isTaughtBy(caller.accountId()),
                rows);
    }
}
