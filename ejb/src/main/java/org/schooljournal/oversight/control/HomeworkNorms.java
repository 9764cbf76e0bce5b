package org.schooljournal.oversight.control;

/**
 * The homework volume model (the deputy's item 13) and its limits.
 *
 * <p>Limits: СанПиН 1.2.3685-21 «Гигиенические нормативы и требования к обеспечению безопасности и
 * (или) безвредности для человека факторов среды обитания», table 6.6 — the total time of one day's
 * homework (all subjects): grade 1 none; 2–3 1.5 h; 4–5 2 h; 6–8 2.5 h; 9–11 3.5 h.
 *
 * <p>Model: a homework counts the minutes its teacher entered with it; without them, its subject's
 * default set by the school; without that, {@value #DEFAULT_MINUTES} minutes. A class's day is the
 * day the homework is set (done that evening); a subject taught in groups counts once, with its
 * longest homework of the day (a pupil is in one group).
 */
public final class HomeworkNorms {
    /** The minutes of a homework when neither its teacher nor its subject says otherwise. */
    public static final int DEFAULT_MINUTES = 20;

    /** The most minutes a teacher may enter for one homework (more is a typing error). */
    public static final int MAX_MINUTES =
            org.schooljournal.school.entity.Subject.HOMEWORK_MINUTES_MAX;

    private HomeworkNorms() {}

    /** The day's limit in minutes for the grade (table 6.6); 0 for grade 1: no homework. */
    public static int limitMinutes(int grade) {
        if (grade <= 1) {
            return 0;
        }
        if (grade <= 3) {
            return 90;
        }
        if (grade <= 5) {
            return 120;
        }
        if (grade <= 8) {
            return 150;
        }
        return 210;
    }

    /**
     * The minutes a homework counts: the teacher's, else the subject's default, else the model's.
     */
    public static int minutes(Integer entered, Integer subjectDefault) {
        if (entered != null) {
            return entered;
        }
        return subjectDefault != null ? subjectDefault : DEFAULT_MINUTES;
    }

    /** Whether a day's total breaks the grade's limit (any homework at all in grade 1). */
    public static boolean over(int grade, long totalMinutes) {
        return totalMinutes > limitMinutes(grade);
    }
}
