package org.schooljournal.journal.control;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.schooljournal.journal.entity.AttendanceKind;

/**
 * The lessons pupils missed in a span, as the summary sheet counts them (R-J12): every absence but
 * lateness, and of them those for illness. One query for a whole class; the sheet on screen and the
 * archive's printed sheet count alike.
 */
@Dependent
public class MissedLessons {
    @Inject EntityManager em;

    /** Per pupil: {lessons missed, of them for illness} in [from, to]; pupils with none absent. */
    public Map<Long, long[]> of(Set<Long> pupilIds, LocalDate from, LocalDate to) {
        Map<Long, long[]> missed = new HashMap<>();
        if (pupilIds.isEmpty()) {
            return missed;
        }
        for (Object[] r :
                em.createNamedQuery("Attendance.absencesByPupilAndKind", Object[].class)
                        .setParameter("ids", pupilIds)
                        .setParameter("late", AttendanceKind.LATE)
                        .setParameter("from", from)
                        .setParameter("to", to)
                        .getResultList()) {
            long[] m = missed.computeIfAbsent((Long) r[0], k -> new long[2]);
            long n = ((Number) r[2]).longValue();
            m[0] += n;
            if (r[1] == AttendanceKind.ILLNESS) {
                m[1] += n;
            }
        }
        return missed;
    }
}
