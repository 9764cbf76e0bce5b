package org.schooljournal.batch.pupilimport;

import java.time.LocalDate;
import org.schooljournal.people.control.Enrolment;
import org.schooljournal.people.entity.Pupil;
import org.schooljournal.school.entity.SchoolClass;

/**
 * A row that passed every check that needs only the file: a pupil to enrol, with a parent or not.
 *
 * @param parent null when the row names no parent
 */
public record Applicant(
        int rowNumber,
        boolean repeatsEarlierRow,
        String lastName,
        String firstName,
        String middleName,
        LocalDate birthDate,
        Enrolment.Parent parent)
        implements ImportItem {

    public Pupil pupilIn(SchoolClass schoolClass) {
        return new Pupil(schoolClass, lastName, firstName, middleName, birthDate);
    }

    /** The issue to report when the pupil turns out to be in the school already. */
    public RowIssue alreadyEnrolled() {
        return new RowIssue(
                rowNumber,
                repeatsEarlierRow ? RowIssue.REPEATED : RowIssue.DUPLICATE,
                lastName + " " + firstName + (middleName == null ? "" : " " + middleName),
                RowRules.shown(birthDate));
    }
}
