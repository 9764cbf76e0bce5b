package org.schooljournal.oversight.boundary;

/**
 * What a check or report covers (R-C01): a study period (null: the one running today, else the
 * latest begun), and optionally one class, one teacher (a member of staff) and one subject.
 */
public record CheckFilter(Long periodId, Long classId, Long teacherId, Long subjectId) {
    public static CheckFilter of(Long periodId) {
        return new CheckFilter(periodId, null, null, null);
    }
}
