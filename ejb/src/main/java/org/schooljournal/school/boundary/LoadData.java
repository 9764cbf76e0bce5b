package org.schooljournal.school.boundary;

import java.util.List;
import java.util.Locale;
import org.schooljournal.school.control.LoadPlan.ClassSubject;
import org.schooljournal.school.control.LoadPlan.TeacherLoad;

/**
 * The school's teaching load against its curriculum (R-S08): each teacher's total weekly hours,
 * each class and subject with planned, assigned and unassigned hours, the assignments with their
 * hours, and the violations (over-assignment, a subject outside the curriculum).
 */
public record LoadData(
        List<TeacherLoad> teachers,
        List<ClassSubject> classSubjects,
        List<AssignmentLoad> assignments,
        List<LoadViolationData> violations)
        implements java.io.Serializable {
    /** The same load with the violations' messages in the given language. */
    public LoadData in(Locale locale) {
        return new LoadData(
                teachers,
                classSubjects,
                assignments,
                violations.stream().map(v -> v.in(locale)).toList());
    }
}
