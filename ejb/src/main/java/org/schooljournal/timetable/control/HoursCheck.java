package org.schooljournal.timetable.control;

import java.io.Serializable;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.schooljournal.school.control.LoadPlan;

/**
 * R-S08, R-S11: whether the weekly timetable gives each class and subject as many lessons as
 * planned. The plan is the curriculum's weekly hours for the class's grade when the curriculum has
 * the subject, otherwise the hours assigned to the class's teachers of it. Hours with a half (a
 * lesson every other week) are met by either neighbouring whole number of weekly lessons. Lessons
 * of a subject that has no plan at all are unplanned. Pure: no persistence.
 */
public final class HoursCheck {
    /** How the timetable's weekly lessons stand against the plan. */
    public enum Verdict {
        MATCHES,
        FEWER,
        MORE,
        UNPLANNED
    }

    /** The timetable's weekly lessons of a class and subject. */
    public record Count(long classId, long subjectId, int lessons) {}

    /**
     * A class and subject: its weekly lessons in the timetable, the hours assigned (zero when none
     * are set), the curriculum's hours (null when the curriculum lacks the subject) and the
     * verdict.
     */
    public record Row(
            long classId,
            String classTitle,
            long subjectId,
            String subject,
            int lessons,
            BigDecimal assigned,
            BigDecimal planned,
            Verdict verdict)
            implements Serializable {
        public boolean flagged() {
            return verdict != Verdict.MATCHES;
        }
    }

    private HoursCheck() {}

    /**
     * Each class and subject of the load (in its order) with its timetable lessons; counts of a
     * class and subject the load does not know (a graduated class) are left out.
     */
    public static List<Row> of(List<LoadPlan.ClassSubject> load, List<Count> counts) {
        Map<String, Integer> lessons = new HashMap<>();
        counts.forEach(
                c -> lessons.merge(c.classId() + ":" + c.subjectId(), c.lessons(), Integer::sum));
        return load.stream()
                .map(
                        c -> {
                            int given = lessons.getOrDefault(c.classId() + ":" + c.subjectId(), 0);
                            return new Row(
                                    c.classId(),
                                    c.classTitle(),
                                    c.subjectId(),
                                    c.subjectName(),
                                    given,
                                    c.assigned(),
                                    c.planned(),
                                    verdict(given, plan(c.planned(), c.assigned())));
                        })
                .toList();
    }

    /** The curriculum's hours, else the assigned hours when any; null when there is no plan. */
    static BigDecimal plan(BigDecimal planned, BigDecimal assigned) {
        if (planned != null) {
            return planned;
        }
        return assigned != null && assigned.signum() > 0 ? assigned : null;
    }

    public static Verdict verdict(int lessons, BigDecimal plan) {
        if (plan == null) {
            return lessons > 0 ? Verdict.UNPLANNED : Verdict.MATCHES;
        }
        if (BigDecimal.valueOf(lessons).compareTo(plan.setScale(0, RoundingMode.FLOOR)) < 0) {
            return Verdict.FEWER;
        }
        if (BigDecimal.valueOf(lessons).compareTo(plan.setScale(0, RoundingMode.CEILING)) > 0) {
            return Verdict.MORE;
        }
        return Verdict.MATCHES;
    }
}
