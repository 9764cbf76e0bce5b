package org.schooljournal.demo.control;

import java.util.List;
import org.schooljournal.calendar.control.YearPlan;

/**
 * A school's previous school year, as an archivist finds it at the start of the current one. The
 * classes are the same classes one grade lower (this year's 5 «А» was last year's 4 «А», the same
 * class promoted by the rollover; this year's first grades did not exist yet, last year's eleventh
 * grades are not part of the demo). Their journals are teaching assignments of their own: the
 * subjects and hours of the lower grade's curriculum, taught by the school's staff, preferably the
 * teacher who teaches the subject to the class now.
 *
 * @param calendar the study days of the previous year's standard plan (R-S02)
 * @param classes the classes as they were, with the same index as in {@link DemoSchool#classes()}
 *     and the grade they had; only those that existed
 * @param newSubjects subjects taught last year only, indexed after {@link DemoSchool#subjects()}
 * @param assignments last year's journals, indexed from 0 in this list
 * @param timetable the week the lessons followed (not written: the timetable is this year's)
 */
public record DemoPreviousYear(
        SchoolCalendar calendar,
        List<DemoClass> classes,
        List<DemoSubject> newSubjects,
        List<DemoAssignment> assignments,
        List<DemoTimetableEntry> timetable) {
    public YearPlan plan() {
        return calendar.plan();
    }

    public List<DemoAssignment> assignmentsOf(DemoClass schoolClass) {
        return assignments.stream()
                .filter(a -> a.schoolClass().index() == schoolClass.index())
                .toList();
    }
}
