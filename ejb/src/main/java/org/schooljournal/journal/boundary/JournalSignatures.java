package org.schooljournal.journal.boundary;

import static org.schooljournal.journal.control.JournalChange.Subject.LOCK;
import static org.schooljournal.journal.control.JournalChange.Subject.SIGNATURE;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.security.PublicKey;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.schooljournal.calendar.entity.StudyPeriod;
import org.schooljournal.journal.control.ChangeValue;
import org.schooljournal.journal.control.EcdsaKeys;
import org.schooljournal.journal.control.JournalChange;
import org.schooljournal.journal.control.JournalContent;
import org.schooljournal.journal.control.KeyHistory;
import org.schooljournal.journal.control.LessonAccess;
import org.schooljournal.journal.control.PeriodTitles;
import org.schooljournal.journal.control.RecordedChanges;
import org.schooljournal.journal.control.SigningKey;
import org.schooljournal.journal.entity.AttendanceKind;
import org.schooljournal.journal.entity.JournalSignature;
import org.schooljournal.journal.entity.PeriodMark;
import org.schooljournal.journal.entity.WorkType;
import org.schooljournal.platform.control.Caller;
import org.schooljournal.platform.control.Dates;
import org.schooljournal.platform.control.Messages;
import org.schooljournal.platform.control.SchoolClock;
import org.schooljournal.platform.control.Tenanted;
import org.schooljournal.platform.entity.JournalException;
import org.schooljournal.platform.entity.Role;
import org.schooljournal.school.entity.Staff;
import org.schooljournal.school.entity.TeachingAssignment;

/**
 * R-J14: the optional electronic signature of a journal's period. The journal's teacher signs the
 * period (usually after closing it, R-J11): the digest of the period's canonical content ({@link
 * JournalContent}) is stored with the server's signature over who, when and that digest ({@link
 * SigningKey}). Whoever may read the journal checks it: a change to a lesson, mark, attendance
 * entry or period mark of the period since shows the signature as broken. Each signing is kept and
 * audited; the latest one is the current signature.
 */
@Stateless
@Tenanted
@RolesAllowed({Role.TEACHER, Role.CLASS_TEACHER, Role.HEAD, Role.DEPUTY_HEAD})
public class JournalSignatures {
    @PersistenceContext EntityManager em;

    @Inject Caller caller;

    @Inject Clock clock;

    @Inject SchoolClock schoolClock;

    @Inject LessonAccess access;

    /** R-A08: every change is recorded by whoever observes it (the audit trail). */
    @Inject Event<JournalChange> changes;

    @Inject RecordedChanges recorded;

    @Inject SigningKey key;

    @Inject KeyHistory keys;

    /** The journal's teacher signs the period's journal as it is now; closed periods too. */
    @RolesAllowed(Role.TEACHER)
    public SignatureCheck sign(long assignmentId, long periodId) {
        TeachingAssignment a = access.writableJournal(assignmentId);
        StudyPeriod p = access.period(a, periodId);
        if (p.getStartsOn().isAfter(schoolClock.today())) {
            throw new JournalException(
                    JournalException.Kind.CONFLICT, "signature.notStarted", PeriodTitles.of(p));
        }
        String digest = content(a, p).digest();
        Instant at = clock.instant().truncatedTo(ChronoUnit.MICROS);
        String login = caller.login();
        String payload = JournalSignature.payload(assignmentId, periodId, login, at, digest);
        JournalSignature previous = latest(assignmentId, periodId);
        // recorded before use: the signature verifies after the server's key is replaced
        keys.registerCurrent(at);
        em.persist(
                new JournalSignature(
                        assignmentId,
                        periodId,
                        login,
                        signerName(),
                        at,
                        digest,
                        key.sign(payload),
                        key.keyId()));
        changes.fire(
                new JournalChange(
                        SIGNATURE,
                        assignmentId,
                        null,
                        null,
                        PeriodTitles.of(p),
                        previous == null ? null : ChangeValue.signed(previous.getDigest()).stored(),
                        ChangeValue.signed(digest).stored()));
        em.flush();
        return verify(assignmentId, periodId);
    }

    /** The current signature of the period's journal, checked against the journal as it is now. */
    public SignatureCheck verify(long assignmentId, long periodId) {
        TeachingAssignment a = access.readable(assignmentId);
        StudyPeriod p = access.period(a, periodId);
        JournalSignature s = latest(assignmentId, periodId);
        if (s == null) {
            return SignatureCheck.unsigned(assignmentId, periodId, PeriodTitles.of(p));
        }
        boolean intact = s.getDigest().equals(content(a, p).digest());
        return check(p, s, intact, intact ? null : firstChangeAfter(a, p, s.getSignedAt()));
    }

    /** Every signing of the period's journal, the latest first, each checked against now. */
    public List<SignatureCheck> history(long assignmentId, long periodId) {
        TeachingAssignment a = access.readable(assignmentId);
        StudyPeriod p = access.period(a, periodId);
        String now = content(a, p).digest();
        return all(assignmentId, periodId).stream()
                .map(s -> check(p, s, s.getDigest().equals(now), null))
                .toList();
    }

    /** Whether the caller may sign the journal (its teacher), for the screen's button. */
    public boolean maySign(long assignmentId) {
        TeachingAssignment a = access.readable(assignmentId);
        return caller.has(Role.TEACHER) && a.isTaughtBy(caller.accountId());
    }

    private SignatureCheck check(
            StudyPeriod p, JournalSignature s, boolean intact, String firstDifference) {
        Optional<PublicKey> signedWith = keys.publicKey(s.getKeyId());
        return new SignatureCheck(
                s.getAssignmentId(),
                s.getPeriodId(),
                PeriodTitles.of(p),
                true,
                s.getSignedBy(),
                s.getSignerName(),
                s.getSignedAt(),
                s.getKeyId(),
                intact,
                signedWith
                        .map(k -> EcdsaKeys.verify(k, s.payload(), s.getSignature()))
                        .orElse(false),
                signedWith.isPresent(),
                firstDifference);
    }

    /** The period's journal in canonical form: a handful of queries whatever the class size. */
    JournalContent content(TeachingAssignment a, StudyPeriod p) {
        List<JournalContent.LessonLine> lessons =
                rows("Lesson.contentOfJournal", a, p).stream()
                        .map(
                                r ->
                                        new JournalContent.LessonLine(
                                                (LocalDate) r[0],
                                                ((Number) r[1]).intValue(),
                                                (String) r[2],
                                                (String) r[3],
                                                Boolean.TRUE.equals(r[4]),
                                                r[5] == null ? null : ((Number) r[5]).longValue()))
                        .toList();
        List<JournalContent.MarkLine> marks =
                rows("Mark.contentOfJournal", a, p).stream()
                        .map(
                                r ->
                                        new JournalContent.MarkLine(
                                                (LocalDate) r[0],
                                                ((Number) r[1]).intValue(),
                                                ((Number) r[2]).longValue(),
                                                ((WorkType) r[3]).name(),
                                                (String) r[4]))
                        .toList();
        List<JournalContent.AttendanceLine> attendance =
                rows("Attendance.contentOfJournal", a, p).stream()
                        .map(
                                r ->
                                        new JournalContent.AttendanceLine(
                                                (LocalDate) r[0],
                                                ((Number) r[1]).intValue(),
                                                ((Number) r[2]).longValue(),
                                                ((AttendanceKind) r[3]).code()))
                        .toList();
        List<JournalContent.PeriodMarkLine> periodMarks =
                em
                        .createNamedQuery("PeriodMark.ofJournal", PeriodMark.class)
                        .setParameter("assignmentId", a.getId())
                        .setParameter("periodId", p.getId())
                        .getResultList()
                        .stream()
                        .map(
                                m ->
                                        new JournalContent.PeriodMarkLine(
                                                m.getPupilId(),
                                                m.getValue(),
                                                m.getReason(),
                                                m.getDeferredUntil()))
                        .toList();
        return new JournalContent(a.getId(), p.getId(), lessons, marks, attendance, periodMarks);
    }

    /** Rows of a named query over the journal's lessons dated in the period. */
    private List<Object[]> rows(String query, TeachingAssignment a, StudyPeriod p) {
        return em.createNamedQuery(query, Object[].class)
                .setParameter("assignmentId", a.getId())
                .setParameter("from", p.getStartsOn())
                .setParameter("to", p.getEndsOn())
                .getResultList();
    }

    /**
     * The first change to the period's journal after {@code signedAt} that the audit trail holds: a
     * lesson's entry dated in the period, or the period's own period marks.
     */
    private String firstChangeAfter(TeachingAssignment a, StudyPeriod p, Instant signedAt) {
        Map<Long, LocalDate> lessonDates = new HashMap<>();
        rows("Lesson.datesOfJournal", a, p)
                .forEach(r -> lessonDates.put(((Number) r[0]).longValue(), (LocalDate) r[1]));
        String title = PeriodTitles.of(p);
        return recorded.ofJournal(a.getId()).stream()
                .filter(r -> r.at().isAfter(signedAt))
                .filter(r -> r.change().subject() != SIGNATURE && r.change().subject() != LOCK)
                .filter(
                        r ->
                                r.change().lessonId() != null
                                        ? lessonDates.containsKey(r.change().lessonId())
                                        : title.equals(r.change().detail()))
                .findFirst()
                .map(r -> described(r, lessonDates.get(r.change().lessonId())))
                .orElse(null);
    }

    private static String described(RecordedChanges.Recorded r, LocalDate lessonDate) {
        JournalChange e = r.change();
        StringBuilder text = new StringBuilder(e.subject().name());
        if (lessonDate != null) {
            text.append(' ').append(Dates.shown(lessonDate));
        }
        if (e.pupilId() != null) {
            text.append(" pupil ").append(e.pupilId());
        }
        return text.append(": ")
                .append(shown(e, e.oldValue()))
                .append(" → ")
                .append(shown(e, e.newValue()))
                .append(" (")
                .append(r.actor())
                .append(", ")
                .append(r.at())
                .append(')')
                .toString();
    }

    /** A value of the change as the screen's Russian reads it (a deferral's code in words). */
    private static String shown(JournalChange e, String value) {
        return Objects.requireNonNullElse(
                ChangeValue.shown(e.subject(), value, Messages.RUSSIAN), "—");
    }

    /** «М. П. Иванова», as the signature line names the signer; the login if no staff record. */
    private String signerName() {
        return em.createNamedQuery("Staff.ofAccount", Staff.class)
                .setParameter("accountId", caller.accountId())
                .getResultStream()
                .findFirst()
                .map(
                        s ->
                                s.getFirstName().charAt(0)
                                        + ". "
                                        + (s.getMiddleName() == null || s.getMiddleName().isEmpty()
                                                ? ""
                                                : s.getMiddleName().charAt(0) + ". ")
                                        + s.getLastName())
                .orElse(caller.login());
    }

    private JournalSignature latest(long assignmentId, long periodId) {
        return em.createNamedQuery("JournalSignature.of", JournalSignature.class)
                .setParameter("assignmentId", assignmentId)
                .setParameter("periodId", periodId)
                .setMaxResults(1)
                .getResultStream()
                .findFirst()
                .orElse(null);
    }

    private List<JournalSignature> all(long assignmentId, long periodId) {
        return em.createNamedQuery("JournalSignature.of", JournalSignature.class)
                .setParameter("assignmentId", assignmentId)
                .setParameter("periodId", periodId)
                .getResultList();
    }
}
