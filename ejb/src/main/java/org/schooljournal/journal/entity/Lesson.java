package org.schooljournal.journal.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.QueryHint;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Objects;
import org.eclipse.persistence.config.PessimisticLock;
import org.eclipse.persistence.config.QueryHints;
import org.schooljournal.platform.entity.JournalException;
import org.schooljournal.platform.entity.SchoolOwned;
import org.schooljournal.school.entity.TeachingAssignment;

/** One lesson of a teaching assignment on a date, with its topic and homework. */
@Entity
@Table(name = "lesson")
// one statement for a lesson to write in and what every entry reads of its journal (the teacher
// for the access check, the class or group for the grade, the subject for the grading), where
// lazy loading took five (issue 11 item 3). EclipseLink ignores a fetch join on a fetch join's
// alias ("join fetch a.subject" below): the journal's parts come joined only through the
// join-fetch hints (measured in the SQL of a save: three lazy reads less).
@NamedQuery(
        name = "Lesson.withJournalById",
        query = Lesson.WITH_JOURNAL + " left join fetch l.givenBy where l.id = :id",
        hints = {
            @QueryHint(name = QueryHints.FETCH, value = "l.assignment.subject"),
            @QueryHint(name = QueryHints.FETCH, value = "l.assignment.teacher"),
            @QueryHint(name = QueryHints.LEFT_FETCH, value = "l.assignment.schoolClass"),
            @QueryHint(name = QueryHints.LEFT_FETCH, value = "l.assignment.group")
        })
// The lesson's row locked (CellGuard), answering its version: a named query is prepared once,
// where EntityManager.lock built and prepared a fresh query for every save (4 % of a save's CPU,
// issue 11). The lock as EclipseLink's hint, not as the annotation's lockMode: EclipseLink applies
// a lockMode to each execution's copy of the query and prepares that copy again (2 % of a save's
// samples); the hint is part of the query it prepared at deployment.
@NamedQuery(
        name = "Lesson.lockVersion",
        query = "select l.version from Lesson l where l.id = :id",
        hints = @QueryHint(name = QueryHints.PESSIMISTIC_LOCK, value = PessimisticLock.Lock))
@NamedQuery(
        name = "Lesson.countGivenByInJournal",
        query =
                "select count(l) from Lesson l where l.assignment.id = :assignmentId"
                        + " and l.givenBy.accountId = :accountId")
@NamedQuery(
        name = "Lesson.lastNumberOfClassOn",
        query =
                "select max(l.number) from Lesson l where l.date = :date"
                        + " and l.assignment.schoolClass.id = :classId")
@NamedQuery(
        name = "Lesson.ofAssignment",
        query =
                "select l from Lesson l where l.assignment.id = :assignmentId"
                        + " and l.date between :from and :to order by l.date, l.number")
// two index probes per journal of the school (lesson_school_assignment_ix), not a group by over
// every lesson of the school's years (20 ms on a school of two years, issue 11)
@NamedQuery(
        name = "Lesson.journalsEndedBefore",
        query =
                "select t.id from TeachingAssignment t where exists (select k.id from Lesson k"
                        + " where k.assignment = t) and not exists (select n.id from Lesson n"
                        + " where n.assignment = t and n.date >= :start)")
@NamedQuery(
        name = "Lesson.journalsEndedBeforeAmong",
        query =
                "select t.id from TeachingAssignment t where t.id in :ids and exists (select k.id"
                        + " from Lesson k where k.assignment = t) and not exists (select n.id from"
                        + " Lesson n where n.assignment = t and n.date >= :start)")
@NamedQuery(
        name = "Lesson.journalsGivenBySince",
        query =
                "select distinct l.assignment from Lesson l where l.givenBy.accountId = :accountId"
                        + " and l.date >= :since")
@NamedQuery(
        name = "Lesson.countOfAssignmentBetween",
        query =
                "select count(l) from Lesson l where l.assignment.id = :assignmentId"
                        + " and l.date >= :from and l.date < :to")
@NamedQuery(
        name = "Lesson.inSlotOfJournalOrClass",
        query =
                "select l from Lesson l join fetch l.assignment a join fetch a.subject"
                        + " left join fetch a.group where l.date = :date and l.number = :number"
                        + " and l.id <> :id and (a.id = :assignmentId or a.schoolClass.id = :classId)",
        hints = {
            @QueryHint(name = QueryHints.FETCH, value = "l.assignment.subject"),
            @QueryHint(name = QueryHints.LEFT_FETCH, value = "l.assignment.group")
        })
@NamedQuery(
        name = "Lesson.byIdsWithJournal",
        query = Lesson.WITH_JOURNAL + " left join fetch l.givenBy where l.id in :ids",
        hints = {
            @QueryHint(name = QueryHints.FETCH, value = "l.assignment.subject"),
            @QueryHint(name = QueryHints.FETCH, value = "l.assignment.teacher"),
            @QueryHint(name = QueryHints.LEFT_FETCH, value = "l.assignment.schoolClass"),
            @QueryHint(name = QueryHints.LEFT_FETCH, value = "l.assignment.group")
        })
@NamedQuery(
        name = "Lesson.ofDateWithJournal",
        query = Lesson.WITH_JOURNAL + " left join fetch l.givenBy where l.date = :date",
        hints = {
            @QueryHint(name = QueryHints.FETCH, value = "l.assignment.subject"),
            @QueryHint(name = QueryHints.FETCH, value = "l.assignment.teacher"),
            @QueryHint(name = QueryHints.LEFT_FETCH, value = "l.assignment.schoolClass"),
            @QueryHint(name = QueryHints.LEFT_FETCH, value = "l.assignment.group")
        })
@NamedQuery(
        name = "Lesson.ofClassBetween",
        query =
                Lesson.WITH_JOURNAL
                        + " where a.schoolClass.id = :classId and l.date between :from and :to"
                        + " order by l.date, l.number",
        hints = {
            @QueryHint(name = QueryHints.FETCH, value = "l.assignment.subject"),
            @QueryHint(name = QueryHints.FETCH, value = "l.assignment.teacher"),
            @QueryHint(name = QueryHints.LEFT_FETCH, value = "l.assignment.schoolClass"),
            @QueryHint(name = QueryHints.LEFT_FETCH, value = "l.assignment.group")
        })
@NamedQuery(
        name = "Lesson.ofTeacherBetween",
        query =
                Lesson.WITH_JOURNAL
                        + " where a.teacher.id = :staffId and l.date between :from and :to"
                        + " order by l.date, l.number",
        hints = {
            @QueryHint(name = QueryHints.FETCH, value = "l.assignment.subject"),
            @QueryHint(name = QueryHints.FETCH, value = "l.assignment.teacher"),
            @QueryHint(name = QueryHints.LEFT_FETCH, value = "l.assignment.schoolClass"),
            @QueryHint(name = QueryHints.LEFT_FETCH, value = "l.assignment.group")
        })
@NamedQuery(name = "Lesson.deleteByIds", query = "delete from Lesson l where l.id in :ids")
@NamedQuery(
        name = "Lesson.countOfGroup",
        query = "select count(l) from Lesson l where l.assignment.group.id = :id")
@NamedQuery(
        name = "Lesson.ofTeacherAccountBetween",
        query =
                Lesson.WITH_JOURNAL
                        + " where a.teacher.accountId = :accountId and l.date between :from and :to"
                        + " order by l.date, l.number",
        hints = {
            @QueryHint(name = QueryHints.FETCH, value = "l.assignment.subject"),
            @QueryHint(name = QueryHints.FETCH, value = "l.assignment.teacher"),
            @QueryHint(name = QueryHints.LEFT_FETCH, value = "l.assignment.schoolClass"),
            @QueryHint(name = QueryHints.LEFT_FETCH, value = "l.assignment.group")
        })
@NamedQuery(
        name = "Lesson.deleteOfAssignment",
        query = "delete from Lesson l where l.assignment.id = :id")
@NamedQuery(
        name = "Lesson.contentOfJournal",
        query =
                "select l.date, l.number, l.topic, l.homework, l.noHomework, g.id from Lesson l"
                        + " left join l.givenBy g where l.assignment.id = :assignmentId and l.date"
                        + " between :from and :to")
@NamedQuery(
        name = "Lesson.datesOfJournal",
        query =
                "select l.id, l.date from Lesson l where l.assignment.id = :assignmentId and"
                        + " l.date between :from and :to")
@NamedQuery(
        name = "Lesson.markedBetween",
        query =
                "select distinct m.lesson.id from Mark m, Lesson l where m.lesson = l and"
                        + " l.date between :from and :to")
@NamedQuery(
        name = "Lesson.markedOfJournalsBetween",
        query =
                "select distinct m.lesson.id from Mark m, Lesson l where m.lesson = l and"
                        + " l.date between :from and :to and l.assignment.id in :ids")
@NamedQuery(
        name = "Lesson.slotsBetween",
        query =
                "select l.id, l.assignment.id, l.date, l.number from Lesson l where l.date"
                        + " between :from and :to")
@NamedQuery(
        name = "Lesson.slotsOfJournalsBetween",
        query =
                "select l.id, l.assignment.id, l.date, l.number from Lesson l where l.date"
                        + " between :from and :to and l.assignment.id in :ids")
public class Lesson extends SchoolOwned {
    /**
     * Lessons with what a timetable or substitution screen shows of their journal, in one query.
     */
    static final String WITH_JOURNAL =
            "select l from Lesson l join fetch l.assignment a join fetch a.subject"
                    + " join fetch a.teacher left join fetch a.schoolClass left join fetch a.group";

    public static final int MAX_TOPIC = 500;
    public static final int MAX_HOMEWORK = 2000;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "assignment_id")
    private TeachingAssignment assignment;

    @Column(name = "lesson_date")
    private LocalDate date;

    @Column(name = "lesson_number")
    private int number;

    private String topic;

    private String homework;

    /** R-J03: the teacher wrote «Не задано» rather than leaving homework blank. */
    @Column(name = "no_homework")
    private boolean noHomework;

    @Column(name = "homework_entered_at")
    private OffsetDateTime homeworkEnteredAt;

    @Column(name = "homework_late")
    private boolean homeworkLate;

    @Column(name = "topic_entered_at")
    private OffsetDateTime topicEnteredAt;

    /** R-J06: the teacher who gave the lesson instead of the journal's own; null when it did. */
    @jakarta.persistence.ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "given_by")
    private org.schooljournal.school.entity.Staff givenBy;

    /** The minutes the teacher expects the homework to take (optional; the volume check). */
    @Column(name = "homework_minutes")
    private Integer homeworkMinutes;

    protected Lesson() {}

    public Lesson(
            TeachingAssignment assignment,
            LocalDate date,
            int number,
            String topic,
            String homework) {
        this.assignment = Objects.requireNonNull(assignment);
        this.date = Objects.requireNonNull(date);
        this.number = number;
        this.topic = topic;
        this.homework = homework;
    }

    /** The journal (teaching assignment) of the lesson. */
    public long journalId() {
        return assignment.getId();
    }

    public TeachingAssignment getAssignment() {
        return assignment;
    }

    public LocalDate getDate() {
        return date;
    }

    public int getNumber() {
        return number;
    }

    public String getTopic() {
        return topic;
    }

    public String getHomework() {
        return homework;
    }

    public Integer getHomeworkMinutes() {
        return homeworkMinutes;
    }

    /** Sets the homework's minutes (1..240) or clears them (null). */
    public void estimateHomework(Integer minutes) {
        this.homeworkMinutes =
                org.schooljournal.school.entity.Subject.checkedHomeworkMinutes(minutes);
    }

    public org.schooljournal.school.entity.Staff getGivenBy() {
        return givenBy;
    }

    /** R-J06: another teacher gives the lesson (null: the journal's own teacher again). */
    public void substitute(org.schooljournal.school.entity.Staff teacher) {
        this.givenBy = teacher;
    }

    /** R-J06: the lesson moves to another day or lesson number; its entries go with it. */
    public void moveTo(LocalDate newDate, int newNumber) {
        this.date = Objects.requireNonNull(newDate);
        this.number = newNumber;
    }

    /** Whether the account teaches this lesson: the journal's teacher or its substitute. */
    public boolean isGivenBy(Long accountId) {
        return givenBy != null
                ? accountId != null && accountId.equals(givenBy.getAccountId())
                : assignment.isTaughtBy(accountId);
    }

    public boolean isNoHomework() {
        return noHomework;
    }

    public boolean isHomeworkLate() {
        return homeworkLate;
    }

    public Instant getHomeworkEnteredAt() {
        return homeworkEnteredAt == null ? null : homeworkEnteredAt.toInstant();
    }

    /**
     * Sets the topic and the homework (R-J02, R-J03): homework text, or the explicit «not
     * assigned», never both. Only what changed gets a new entry time; homework entered at or after
     * {@code homeworkDeadline} is flagged.
     */
    public void describe(
            String newTopic,
            String newHomework,
            boolean none,
            Instant at,
            Instant homeworkDeadline) {
        String t = blankToNull(newTopic);
        String h = blankToNull(newHomework);
        if (t != null && t.length() > MAX_TOPIC) {
            throw new JournalException(
                    JournalException.Kind.INVALID, "lesson.topic.long", MAX_TOPIC);
        }
        if (h != null && h.length() > MAX_HOMEWORK) {
            throw new JournalException(
                    JournalException.Kind.INVALID, "lesson.homework.long", MAX_HOMEWORK);
        }
        if (none && h != null) {
            throw new JournalException(JournalException.Kind.INVALID, "lesson.homework.both");
        }
        if (!Objects.equals(t, topic)) {
            topic = t;
            topicEnteredAt = at.atOffset(ZoneOffset.UTC);
        }
        if (!Objects.equals(h, homework) || none != noHomework) {
            homework = h;
            noHomework = none;
            homeworkEnteredAt = at.atOffset(ZoneOffset.UTC);
            homeworkLate = (h != null || none) && !at.isBefore(homeworkDeadline);
        }
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
