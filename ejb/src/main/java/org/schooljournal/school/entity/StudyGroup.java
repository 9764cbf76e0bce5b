package org.schooljournal.school.entity;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.util.Collection;
import java.util.HashSet;
import java.util.Set;
import org.eclipse.persistence.annotations.BatchFetch;
import org.eclipse.persistence.annotations.BatchFetchType;
import org.schooljournal.platform.entity.JournalException;
import org.schooljournal.platform.entity.SchoolOwned;

/**
 * R-S06: pupils taught together apart from their class: a class split for a subject, a stream of
 * several classes, or the one pupil of an individual plan (R-S07). Members are pupil ids, so the
 * school package does not depend on the people package.
 */
@Entity
@Table(name = "study_group")
@NamedQuery(name = "StudyGroup.all", query = "select g from StudyGroup g order by g.grade, g.name")
@NamedQuery(
        name = "StudyGroup.streamsOfClass",
        query =
                "select distinct g.id from StudyGroup g join g.pupilIds m, Pupil p"
                        + " where g.kind = org.schooljournal.school.entity.StudyGroup.Kind.STREAM"
                        + " and p.id = m and p.schoolClass.id = :classId and p.withdrawnOn is null")
public class StudyGroup extends SchoolOwned {
    public static final int MAX_NAME = 100;

    /** What the group is made of. */
    public enum Kind {
        SUBGROUP,
        STREAM,
        INDIVIDUAL
    }

    private String name;

    @Enumerated(EnumType.STRING)
    private Kind kind;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "class_id")
    private SchoolClass schoolClass;

    private int grade;

    // IN-batched: lists of groups (the timetable's clash check, the setup screen) read all their
    // members in one query instead of one per group.
    @ElementCollection(fetch = FetchType.EAGER)
    @BatchFetch(BatchFetchType.IN)
    @CollectionTable(name = "study_group_member", joinColumns = @JoinColumn(name = "group_id"))
    @Column(name = "pupil_id")
    private Set<Long> pupilIds = new HashSet<>();

    protected StudyGroup() {}

    /** A part of one class (SUBGROUP) or the single pupil of an individual plan (INDIVIDUAL). */
    public static StudyGroup within(Kind kind, String name, SchoolClass schoolClass) {
        if (kind == Kind.STREAM) {
            throw new IllegalArgumentException("a stream spans classes");
        }
        StudyGroup g = new StudyGroup();
        g.kind = kind;
        g.name = checkedName(name);
        g.schoolClass = schoolClass;
        g.grade = schoolClass.getGrade();
        return g;
    }

    /** A stream: pupils of several classes of (about) one grade, such as a profile course. */
    public static StudyGroup stream(String name, int grade) {
        if (grade < 1 || grade > 11) {
            throw new JournalException(JournalException.Kind.INVALID, "group.grade", grade);
        }
        StudyGroup g = new StudyGroup();
        g.kind = Kind.STREAM;
        g.name = checkedName(name);
        g.grade = grade;
        return g;
    }

    static String checkedName(String name) {
        String n = name == null ? "" : name.strip();
        if (n.isEmpty()) {
            throw new JournalException(JournalException.Kind.INVALID, "group.name.empty");
        }
        if (n.length() > MAX_NAME) {
            throw new JournalException(JournalException.Kind.INVALID, "group.name.long", MAX_NAME);
        }
        return n;
    }

    public void rename(String name) {
        this.name = checkedName(name);
    }

    /**
     * Replaces the members. The boundary has checked that each pupil belongs to the group's class
     * (or, for a stream, to this school); an individual group holds exactly one pupil.
     */
    public void replaceMembers(Collection<Long> pupils) {
        if (kind == Kind.INDIVIDUAL && pupils.size() != 1) {
            throw new JournalException(JournalException.Kind.INVALID, "group.individual.one");
        }
        pupilIds.clear();
        pupilIds.addAll(pupils);
    }

    public String getName() {
        return name;
    }

    public Kind getKind() {
        return kind;
    }

    /** The class a subgroup or an individual group belongs to; null for a stream. */
    public SchoolClass getSchoolClass() {
        return schoolClass;
    }

    public int getGrade() {
        return schoolClass == null ? grade : schoolClass.getGrade();
    }

    public Set<Long> getPupilIds() {
        return Set.copyOf(pupilIds);
    }

    /** The group as the journal list and timetable show it: «5 «А» · Английский, гр. 1». */
    public String getTitle() {
        return schoolClass == null ? name : schoolClass.getTitle() + " · " + name;
    }
}
