package org.schooljournal.journal.control;

import org.schooljournal.calendar.entity.StudyPeriod;

/** How the journal names a period: «1-я четверть», «2-й триместр», «1-е полугодие», «год». */
public final class PeriodTitles {
    private PeriodTitles() {}

    public static String of(StudyPeriod p) {
        return switch (p.getKind()) {
            case QUARTER -> p.getNumber() + "-я четверть";
            case TRIMESTER -> p.getNumber() + "-й триместр";
            case HALF_YEAR -> p.getNumber() + "-е полугодие";
            case YEAR -> "год";
        };
    }

    private static final String[] ROMAN = {"", "I", "II", "III", "IV"};

    /** The head of a period-marks column in the grid: «I ч», «II тр», «1 п/г» (conventions). */
    public static String shortOf(StudyPeriod p) {
        String roman = p.getNumber() < ROMAN.length ? ROMAN[p.getNumber()] : "" + p.getNumber();
        return switch (p.getKind()) {
            case QUARTER -> roman + " ч";
            case TRIMESTER -> roman + " тр";
            case HALF_YEAR -> p.getNumber() + " п/г";
            case YEAR -> "год";
        };
    }
}
