package org.schooljournal.journal.boundary;

import static org.schooljournal.journal.control.JournalChange.Subject.LOCK;
import static org.schooljournal.journal.control.JournalChange.Subject.PERIOD_MARK;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;
import org.schooljournal.calendar.entity.StudyPeriod;
import org.schooljournal.journal.control.ChangeValue;
import org.schooljournal.journal.control.JournalChange;
import org.schooljournal.journal.control.JournalRoster;
import org.schooljournal.journal.control.LessonAccess;
import org.schooljournal.journal.control.PeriodMarkRule;
import org.schooljournal.journal.control.PeriodTitles;
import org.schooljournal.journal.control.SchoolWorkTypes;
import org.schooljournal.journal.control.YearPeriods;
import org.schooljournal.journal.entity.JournalLock;
import org.schooljournal.journal.entity.PeriodMark;
import org.schooljournal.journal.entity.WorkType;
import org.schooljournal.people.control.ClassRoster;
import org.schooljournal.platform.control.Caller;
import org.schooljournal.platform.control.Tenanted;
import org.schooljournal.platform.entity.JournalException;
import org.schooljournal.platform.entity.Role;
import org.schooljournal.school.entity.Grading;
import org.schooljournal.school.entity.TeachingAssignment;

/**
 * Period marks and the period's lock (R-J07 to R-J11). The journal's teacher sets each pupil's mark
 * against the suggestion from the period's average (an override needs a reason), «осв» or «н/а», or
 * defers it for an ill pupil; then closes the period, after which nothing dated in it changes until
 * the deputy head or head reopens it with a reason. Every step is audited (R-A08).
 */
@Stateless
@Tenanted
@RolesAllowed({Role.TEACHER, Role.CLASS_TEACHER, Role.HEAD, Role.DEPUTY_HEAD})
public class PeriodMarks {
    static final List<String> SPECIAL = List.of("осв", "н/а");

    @PersistenceContext EntityManager em;

    @Inject Caller caller;

    @Inject Clock clock;

    @Inject YearPeriods years;

    @Inject JournalRoster roster;

    /** R-A08: every change is recorded by whoever observes it (the audit trail). */
    @Inject Event<JournalChange> changes;

    @Inject LessonAccess access;

    @Inject SchoolWorkTypes workTypes;

    /** R-A08: a change to the period's marks or to its lock, recorded under its title. */
    private void changed(
            JournalChange.Subject subject,
            long assignmentId,
            Long pupilId,
            StudyPeriod p,
            String old,
            String now) {
        changes.fire(
                new JournalChange(
                        subject, assignmentId, null, pupilId, PeriodTitles.of(p), old, now));
    }

    /** The study periods of the journal's grade, in order. */
    public List<PeriodSheet> periods(long assignmentId) {
        TeachingAssignment a = access.readable(assignmentId);
        // the current school year's: a class's journal goes on from year to year
        return em
                .createNamedQuery("StudyPeriod.ofYearByStart", StudyPeriod.class)
                .setParameter("yearId", years.current().getId())
                .getResultList()
                .stream()
                .filter(p -> p.getGradeFrom() <= a.getGrade() && a.getGrade() <= p.getGradeTo())
                .map(
                        p ->
                                new PeriodSheet(
                                        assignmentId,
                                        title(a),
                                        a.isTaughtBy(caller.accountId()),
                                        p.getId(),
                                        PeriodTitles.of(p),
                                        p.getStartsOn(),
                                        p.getEndsOn(),
                                        locked(assignmentId, p.getId()),
                                        List.of()))
                .toList();
    }

    public PeriodSheet sheet(long assignmentId, long periodId) {
        TeachingAssignment a = access.readable(assignmentId);
        StudyPeriod p = access.period(a, periodId);
        Map<Long, List<PeriodMarkRule.GivenMark>> given = new HashMap<>();
        Map<Long, StringJoiner> inputs = new HashMap<>();
        // rows, not entities: the lesson of each mark would be loaded one by one for the order
        for (Object[] r :
                em.createNamedQuery("Mark.ofJournalBetween", Object[].class)
                        .setParameter("assignmentId", assignmentId)
                        .setParameter("from", p.getStartsOn())
                        .setParameter("to", p.getEndsOn())
                        .getResultList()) {
            long pupilId = ((Number) r[0]).longValue();
            String value = (String) r[1];
            WorkType type = (WorkType) r[2];
            inputs.computeIfAbsent(pupilId, k -> new StringJoiner(" ")).add(value + type.code());
            if (a.getSubject().getGrading() == Grading.FIVE_POINT) {
                given.computeIfAbsent(pupilId, k -> new ArrayList<>())
                        .add(new PeriodMarkRule.GivenMark(Integer.parseInt(value), type.name()));
            }
        }
        Map<Long, PeriodMark> set = new HashMap<>();
        marksOf(assignmentId, periodId).forEach(m -> set.put(m.getPupilId(), m));
        List<PeriodSheet.Row> rows = new ArrayList<>();
        PeriodMarkRule rule = new PeriodMarkRule(workTypes.weights());
        for (ClassRoster.Stint s : roster.of(a, p.getStartsOn(), p.getEndsOn())) {
            var result = rule.suggest(given.getOrDefault(s.pupilId(), List.of()));
            PeriodMark m = set.get(s.pupilId());
            rows.add(
                    new PeriodSheet.Row(
                            s.pupilId(),
                            s.name(),
                            result.average(),
                            result.count(),
                            inputs.containsKey(s.pupilId())
                                    ? inputs.get(s.pupilId()).toString()
                                    : "",
                            suggestion(result),
                            m == null ? null : m.getValue(),
                            m == null ? null : m.getReason(),
                            m == null ? null : m.getDeferredUntil()));
        }
        return new PeriodSheet(
                assignmentId,
                title(a),
                a.isTaughtBy(caller.accountId()),
                periodId,
                PeriodTitles.of(p),
                p.getStartsOn(),
                p.getEndsOn(),
                locked(assignmentId, periodId),
                rows);
    }

    /** Sets a pupil's period mark; refused in a closed period or without a needed reason. */
    @RolesAllowed(Role.TEACHER)
    public PeriodSheet set(
            long assignmentId,
            long periodId,
            long pupilId,
            @NotBlank @Size(max = 5) String value,
            @Size(max = PeriodMark.MAX_REASON) String reason) {
        TeachingAssignment a = access.writableJournal(assignmentId);
        StudyPeriod p = open(a, periodId);
        String v = value.strip().toLowerCase(java.util.Locale.ROOT);
        var allowed = new java.util.TreeSet<>(a.getSubject().getGrading().marks());
        allowed.remove("1");
        if (!allowed.contains(v) && !SPECIAL.contains(v)) {
            throw new JournalException(
                    JournalException.Kind.INVALID,
                    "periodMark.value",
                    value,
                    String.join(", ", allowed));
        }
        PeriodSheet.Row row = row(a, p, pupilId);
        PeriodMark mark = markOf(assignmentId, periodId, pupilId);
        String old = mark.getValue();
        mark.set(v, row.suggested(), row.average(), reason, caller.login(), clock.instant());
        persist(mark);
        changed(PERIOD_MARK, assignmentId, pupilId, p, old, v);
        return sheet(assignmentId, periodId);
    }

    /**
     * Takes a pupil's period mark or deferral back while the period is open (a closed period
     * refuses it, as any change); clearing a pupil without a mark changes nothing.
     */
    @RolesAllowed(Role.TEACHER)
    public PeriodSheet clear(long assignmentId, long periodId, long pupilId) {
        TeachingAssignment a = access.writableJournal(assignmentId);
        StudyPeriod p = open(a, periodId);
        row(a, p, pupilId);
        PeriodMark mark = markOf(assignmentId, periodId, pupilId);
        if (mark.getId() == null || !mark.isSettled()) {
            return sheet(assignmentId, periodId);
        }
        String old =
                mark.getValue() != null
                        ? mark.getValue()
                        : ChangeValue.deferredUntil(mark.getDeferredUntil()).stored();
        em.remove(mark); // a period mark row always holds a mark or a deferral (period_mark_set)
        em.flush();
        changed(PERIOD_MARK, assignmentId, pupilId, p, old, null);
        return sheet(assignmentId, periodId);
    }

    /** R-J09: the pupil's period mark is deferred to a due date after the period. */
    @RolesAllowed(Role.TEACHER)
    public PeriodSheet defer(
            long assignmentId,
            long periodId,
            long pupilId,
            @NotNull LocalDate until,
            @Size(max = PeriodMark.MAX_REASON) String reason) {
        TeachingAssignment a = access.writableJournal(assignmentId);
        StudyPeriod p = open(a, periodId);
        row(a, p, pupilId);
        PeriodMark mark = markOf(assignmentId, periodId, pupilId);
        String old = mark.getValue();
        mark.defer(until, p.getEndsOn(), reason, caller.login(), clock.instant());
        persist(mark);
        changed(
                PERIOD_MARK,
                assignmentId,
                pupilId,
                p,
                old,
                ChangeValue.deferredUntil(until).stored());
        return sheet(assignmentId, periodId);
    }

    /** R-J11: closes the period once every pupil's mark is set or deferred. */
    @RolesAllowed(Role.TEACHER)
    public PeriodSheet lock(long assignmentId, long periodId) {
        TeachingAssignment a = access.writableJournal(assignmentId);
        StudyPeriod p = open(a, periodId);
        Map<Long, PeriodMark> set = new HashMap<>();
        marksOf(assignmentId, periodId).forEach(m -> set.put(m.getPupilId(), m));
        for (ClassRoster.Stint s : roster.of(a, p.getStartsOn(), p.getEndsOn())) {
            PeriodMark m = set.get(s.pupilId());
            if (m == null || !m.isSettled()) {
                throw new JournalException(
                        JournalException.Kind.CONFLICT, "periodMark.missing", s.name());
            }
        }
        em.persist(new JournalLock(assignmentId, periodId, caller.login(), clock.instant()));
        changed(LOCK, assignmentId, null, p, null, ChangeValue.locked().stored());
        em.flush();
        return sheet(assignmentId, periodId);
    }

    /** R-J11: the deputy head or head reopens a closed period, giving the reason (audited). */
    @RolesAllowed({Role.HEAD, Role.DEPUTY_HEAD})
    public PeriodSheet reopen(
            long assignmentId, long periodId, @Size(max = PeriodMark.MAX_REASON) String reason) {
        TeachingAssignment a = access.readable(assignmentId);
        StudyPeriod p = access.period(a, periodId);
        if (reason == null || reason.isBlank()) {
            throw new JournalException(JournalException.Kind.INVALID, "journal.reopen.reason");
        }
        JournalLock lock =
                em.createNamedQuery("JournalLock.of", JournalLock.class)
                        .setParameter("assignmentId", assignmentId)
                        .setParameter("periodId", periodId)
                        .getResultStream()
                        .findFirst()
                        .orElseThrow(
                                () ->
                                        new JournalException(
                                                JournalException.Kind.CONFLICT,
                                                "journal.notLocked",
                                                PeriodTitles.of(p)));
        em.remove(lock);
        changed(
                LOCK,
                assignmentId,
                null,
                p,
                ChangeValue.locked().stored(),
                ChangeValue.reopened(reason.strip()).stored());
        em.flush();
        return sheet(assignmentId, periodId);
    }

    private static String title(TeachingAssignment a) {
        return a.getTitle() + " · " + a.getSubject().getName();
    }

    private static String suggestion(PeriodMarkRule.Result result) {
        return result.suggestion() instanceof PeriodMarkRule.Numeric n
                ? String.valueOf(n.value())
                : null;
    }

    private PeriodSheet.Row row(TeachingAssignment a, StudyPeriod p, long pupilId) {
        return sheet(a.getId(), p.getId()).rows().stream()
                .filter(r -> r.pupilId() == pupilId)
                .findFirst()
                .orElseThrow(() -> JournalException.notFound("pupil " + pupilId));
    }

    private PeriodMark markOf(long assignmentId, long periodId, long pupilId) {
        return marksOf(assignmentId, periodId).stream()
                .filter(m -> m.getPupilId() == pupilId)
                .findFirst()
                .orElseGet(() -> new PeriodMark(assignmentId, periodId, pupilId));
    }

    private void persist(PeriodMark mark) {
        if (mark.getId() == null) {
            em.persist(mark);
        }
        em.flush();
    }

    private List<PeriodMark> marksOf(long assignmentId, long periodId) {
        return em.createNamedQuery("PeriodMark.ofJournal", PeriodMark.class)
                .setParameter("assignmentId", assignmentId)
                .setParameter("periodId", periodId)
                .getResultList();
    }

    private boolean locked(long assignmentId, long periodId) {
        return em.createNamedQuery("JournalLock.ofAssignment", Long.class)
                .setParameter("assignmentId", assignmentId)
                .getResultList()
                .contains(periodId);
    }

    private StudyPeriod open(TeachingAssignment a, long periodId) {
        StudyPeriod p = access.period(a, periodId);
        if (locked(a.getId(), periodId)) {
            throw new JournalException(
                    JournalException.Kind.CONFLICT, "journal.locked", PeriodTitles.of(p));
        }
        return p;
    }
}
