package org.schooljournal.journal.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.schooljournal.calendar.entity.AcademicYear;
import org.schooljournal.calendar.entity.StudyPeriod;
import org.schooljournal.journal.control.JournalRoster;
import org.schooljournal.journal.control.MissedLessons;
import org.schooljournal.journal.control.PeriodTitles;
import org.schooljournal.journal.control.YearPeriods;
import org.schooljournal.journal.entity.PeriodMark;
import org.schooljournal.journal.entity.YearMark;
import org.schooljournal.people.control.ClassRoster;
import org.schooljournal.platform.control.Caller;
import org.schooljournal.platform.control.Tenanted;
import org.schooljournal.platform.entity.JournalException;
import org.schooljournal.platform.entity.Role;
import org.schooljournal.school.entity.Grading;
import org.schooljournal.school.entity.School;
import org.schooljournal.school.entity.SchoolClass;
import org.schooljournal.school.entity.Subject;
import org.schooljournal.school.entity.TeachingAssignment;

/**
 * The summary sheet of a class (сводная ведомость, R-J12, R-C10) for a school year, the current one
 * unless the reader chooses another, computed on read from that year's period and year marks of
 * every journal of the class (the whole class, its subgroups and individual plans, and the streams
 * its pupils attend): a pupil's mark comes from the journal that lists it, so a period mark appears
 * here as soon as the teacher sets it, with no copying step. Lessons missed are counted from the
 * attendance of the year (absences, not lateness).
 *
 * <p>The deputy head and the head open any class of their school, a class teacher its own classes
 * only. The sheet is read in a fixed number of queries, whatever the class size.
 */
@Stateless
@Tenanted
@RolesAllowed({Role.HEAD, Role.DEPUTY_HEAD, Role.CLASS_TEACHER, Role.TEACHER})
public class SummarySheets {
    @PersistenceContext EntityManager em;

    @Inject Caller caller;

    @Inject JournalRoster roster;

    @Inject MissedLessons missedLessons;

    @Inject YearPeriods years;

    /** The classes whose sheet the caller may open: all current ones, or those it leads. */
    public List<SummarySheet.ClassChoice> classes() {
        return choices(em.createNamedQuery("SchoolClass.all", SchoolClass.class).getResultList());
    }

    /**
     * The classes of a school year ({@code yearId} null: the current one) whose sheet the caller
     * may open: the current ones and those that graduated at that year's end or later, so a past
     * year keeps its leavers' sheets. Another school's year: not found.
     */
    public List<SummarySheet.ClassChoice> classes(Long yearId) {
        AcademicYear year = years.chosenOrCurrent(yearId);
        return choices(
                em.createNamedQuery("SchoolClass.studyingIn", SchoolClass.class)
                        .setParameter("endYear", year.getEndsOn().getYear())
                        .getResultList());
    }

    private List<SummarySheet.ClassChoice> choices(List<SchoolClass> list) {
        return list.stream()
                .filter(c -> manager() || leads(c))
                .map(c -> new SummarySheet.ClassChoice(c.getId(), c.getTitle()))
                .toList();
    }

    /** The class's sheet for the current school year. */
    public SummarySheet of(long classId) {
        return of(classId, null);
    }

    /**
     * The class's sheet for the chosen school year (the current one for null), with the periods of
     * the grade the class had in that year.
     */
    public SummarySheet of(long classId, Long yearId) {
        SchoolClass schoolClass = em.find(SchoolClass.class, classId);
        if (schoolClass == null) {
            throw JournalException.notFound("class " + classId);
        }
        if (!manager() && !leads(schoolClass)) {
            throw JournalException.forbidden();
        }
        AcademicYear year = years.chosenOrCurrent(yearId);
        List<StudyPeriod> periods =
                years.of(
                        year,
                        years.gradeIn(schoolClass.getGrade(), schoolClass.getGraduatedIn(), year));
        List<Long> periodIds = periods.stream().map(StudyPeriod::getId).toList();
        List<ClassRoster.Stint> stints = pupils(schoolClass, year);
        Set<Long> pupilIds =
                stints.stream().map(ClassRoster.Stint::pupilId).collect(Collectors.toSet());

        List<TeachingAssignment> journals = roster.classJournals(classId);
        Map<Long, TeachingAssignment> byId = new HashMap<>();
        Map<Long, Integer> rank = new HashMap<>();
        Map<Long, Subject> subjects = new LinkedHashMap<>();
        for (TeachingAssignment a : journals) {
            rank.put(a.getId(), rank.size());
            if (a.getSubject().getGrading() == Grading.NONE) {
                continue;
            }
            byId.put(a.getId(), a);
            subjects.putIfAbsent(a.getSubject().getId(), a.getSubject());
        }
        List<Subject> columns =
                subjects.values().stream()
                        .sorted(java.util.Comparator.comparing(Subject::getName))
                        .toList();

        // pupil → subject → period → value; pupil → subject → year mark
        Map<Long, Map<Long, Map<Long, String>>> periodMarks = new HashMap<>();
        Map<Long, Map<Long, String>> yearMarks = new HashMap<>();
        if (!byId.isEmpty() && !pupilIds.isEmpty()) {
            if (!periodIds.isEmpty()) {
                List<Object[]> rows =
                        new ArrayList<>(
                                em.createNamedQuery(
                                                "PeriodMark.ofJournalsAndPeriods", Object[].class)
                                        .setParameter("ids", byId.keySet())
                                        .setParameter("periodIds", periodIds)
                                        .getResultList());
                // in the journals' order, so that a group's mark overwrites a whole-class one
                rows.sort(java.util.Comparator.comparing(r -> rank.get((Long) r[1])));
                for (Object[] r : rows) {
                    PeriodMark m = (PeriodMark) r[0];
                    if (!pupilIds.contains(m.getPupilId()) || m.getValue() == null) {
                        continue;
                    }
                    long subjectId = byId.get((Long) r[1]).getSubject().getId();
                    periodMarks
                            .computeIfAbsent(m.getPupilId(), k -> new HashMap<>())
                            .computeIfAbsent(subjectId, k -> new HashMap<>())
                            .put((Long) r[2], m.getValue());
                }
            }
            List<YearMark> set =
                    new ArrayList<>(
                            em.createNamedQuery("YearMark.ofJournals", YearMark.class)
                                    .setParameter("assignmentIds", byId.keySet())
                                    .setParameter("yearId", year.getId())
                                    .getResultList());
            set.sort(java.util.Comparator.comparing(y -> rank.get(y.getAssignmentId())));
            for (YearMark y : set) {
                if (pupilIds.contains(y.getPupilId())) {
                    yearMarks
                            .computeIfAbsent(y.getPupilId(), k -> new HashMap<>())
                            .put(byId.get(y.getAssignmentId()).getSubject().getId(), y.getValue());
                }
            }
        }
        Map<Long, long[]> missed = missedLessons.of(pupilIds, year.getStartsOn(), year.getEndsOn());

        List<SummarySheet.PupilLine> lines =
                SummarySheet.lines(
                        stints,
                        columns.stream().map(Subject::getId).toList(),
                        periodIds,
                        periodMarks,
                        yearMarks,
                        missed);
        School school = caller.schoolId() == null ? null : em.find(School.class, caller.schoolId());
        return new SummarySheet(
                classId,
                schoolClass.getTitle(),
                school == null ? null : school.getName(),
                year.getId(),
                year.getName(),
                periods.stream().map(PeriodTitles::of).toList(),
                columns.stream()
                        .map(
                                c ->
                                        new SummarySheet.SubjectCol(
                                                c.getId(), c.getName(), shortName(c.getName())))
                        .toList(),
                lines);
    }

    /** «Русский язык» → «Русс. язык»: words longer than five letters cut to four and a dot. */
    static String shortName(String name) {
        if (name.length() <= 10) {
            return name;
        }
        return java.util.Arrays.stream(name.split("\\s+"))
                .map(w -> w.length() > 5 ? w.substring(0, 4) + "." : w)
                .collect(Collectors.joining(" "));
    }

    private boolean manager() {
        return caller.has(Role.HEAD) || caller.has(Role.DEPUTY_HEAD);
    }

    private boolean leads(SchoolClass c) {
        return c.getClassTeacher() != null
                && caller.accountId() != null
                && caller.accountId().equals(c.getClassTeacher().getAccountId());
    }

    /** Who was in the class at some time of the year (R-S13), by name. */
    private List<ClassRoster.Stint> pupils(SchoolClass c, AcademicYear year) {
        return roster.classStints(c.getId(), year.getStartsOn(), year.getEndsOn());
    }
}
