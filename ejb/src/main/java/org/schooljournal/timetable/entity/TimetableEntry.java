package org.schooljournal.timetable.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.QueryHint;
import jakarta.persistence.Table;
import java.time.DayOfWeek;
import java.util.Objects;
import org.eclipse.persistence.config.QueryHints;
import org.schooljournal.platform.entity.SchoolOwned;
import org.schooljournal.school.entity.TeachingAssignment;

/** One weekly slot of the timetable: a teaching assignment on a weekday at a lesson number. */
@Entity
@Table(name = "timetable_entry")
@NamedQuery(
        name = "TimetableEntry.roomedOf",
        query =
                "select e from TimetableEntry e where e.assignment.id in :ids and e.room is not null")
@NamedQuery(
        name = "TimetableEntry.all",
        query =
                "select e from TimetableEntry e join fetch e.assignment a left join fetch"
                        + " a.schoolClass c left join fetch a.group join fetch a.teacher"
                        + " join fetch a.subject where c is null or c.graduatedIn = 0",
        hints = {
            @QueryHint(name = QueryHints.LEFT_FETCH, value = "e.assignment.schoolClass"),
            @QueryHint(name = QueryHints.LEFT_FETCH, value = "e.assignment.group"),
            @QueryHint(name = QueryHints.FETCH, value = "e.assignment.teacher"),
            @QueryHint(name = QueryHints.FETCH, value = "e.assignment.subject")
        })
@NamedQuery(
        name = "TimetableEntry.ofClass",
        query =
                "select e from TimetableEntry e join fetch e.assignment a join fetch a.teacher"
                        + " join fetch a.subject left join fetch a.group"
                        + " where a.schoolClass.id = :classId order by e.weekday, e.lessonNumber",
        hints = {
            @QueryHint(name = QueryHints.FETCH, value = "e.assignment.teacher"),
            @QueryHint(name = QueryHints.FETCH, value = "e.assignment.subject"),
            @QueryHint(name = QueryHints.LEFT_FETCH, value = "e.assignment.group")
        })
@NamedQuery(
        name = "TimetableEntry.ofGroups",
        query =
                "select e from TimetableEntry e join fetch e.assignment a join fetch a.teacher"
                        + " join fetch a.subject join fetch a.group where a.group.id in :groupIds"
                        + " order by e.weekday, e.lessonNumber",
        hints = {
            @QueryHint(name = QueryHints.FETCH, value = "e.assignment.teacher"),
            @QueryHint(name = QueryHints.FETCH, value = "e.assignment.subject"),
            @QueryHint(name = QueryHints.FETCH, value = "e.assignment.group")
        })
@NamedQuery(
        name = "TimetableEntry.ofTeacherAccount",
        query =
                "select e from TimetableEntry e join fetch e.assignment a left join fetch"
                        + " a.schoolClass join fetch a.subject where a.teacher.accountId = :accountId"
                        + " order by e.weekday, e.lessonNumber",
        hints = {
            @QueryHint(name = QueryHints.LEFT_FETCH, value = "e.assignment.schoolClass"),
            @QueryHint(name = QueryHints.FETCH, value = "e.assignment.subject")
        })
@NamedQuery(
        name = "TimetableEntry.slotsBySubject",
        query =
                "select distinct a.schoolClass.id, a.subject.id, e.weekday, e.lessonNumber from"
                        + " TimetableEntry e join e.assignment a where a.schoolClass.graduatedIn = 0")
@NamedQuery(
        name = "TimetableEntry.ofTeacher",
        query =
                "select e from TimetableEntry e join fetch e.assignment a join fetch"
                        + " a.schoolClass join fetch a.subject where a.teacher.id = :staffId and"
                        + " a.schoolClass.graduatedIn = 0",
        hints = {
            @QueryHint(name = QueryHints.FETCH, value = "e.assignment.schoolClass"),
            @QueryHint(name = QueryHints.FETCH, value = "e.assignment.subject")
        })
@NamedQuery(
        name = "TimetableEntry.deleteOfGroup",
        query = "delete from TimetableEntry e where e.assignment.group.id = :id")
@NamedQuery(
        name = "TimetableEntry.countByAssignment",
        query =
                "select e.assignment.id, count(e) from TimetableEntry e group by"
                        + " e.assignment.id")
@NamedQuery(
        name = "TimetableEntry.deleteOfAssignment",
        query = "delete from TimetableEntry e where e.assignment.id = :id")
@NamedQuery(
        name = "TimetableEntry.countOfRoom",
        query = "select count(e) from TimetableEntry e where lower(e.room) = lower(:name)")
@NamedQuery(
        name = "TimetableEntry.renameRoom",
        query = "update TimetableEntry e set e.room = :name where lower(e.room) = lower(:old)")
@NamedQuery(
        name = "TimetableEntry.countByRoom",
        query =
                "select e.room, count(e) from TimetableEntry e where e.room is not null group"
                        + " by e.room")
@NamedQuery(
        name = "TimetableEntry.countByCurrentClass",
        query =
                "select a.schoolClass.id, count(e) from TimetableEntry e join e.assignment a"
                        + " where a.schoolClass.graduatedIn = 0 group by a.schoolClass.id")
public class TimetableEntry extends SchoolOwned {
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "assignment_id")
    private TeachingAssignment assignment;

    private int weekday;

    @Column(name = "lesson_number")
    private int lessonNumber;

    private String room;

    protected TimetableEntry() {}

    public TimetableEntry(
            TeachingAssignment assignment, DayOfWeek weekday, int lessonNumber, String room) {
        this.assignment = Objects.requireNonNull(assignment);
        this.weekday = weekday.getValue();
        this.lessonNumber = lessonNumber;
        this.room = room == null || room.isBlank() ? null : room.strip();
    }

    public TeachingAssignment getAssignment() {
        return assignment;
    }

    public DayOfWeek getWeekday() {
        return DayOfWeek.of(weekday);
    }

    public int getLessonNumber() {
        return lessonNumber;
    }

    public String getRoom() {
        return room;
    }
}
