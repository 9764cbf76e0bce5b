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
}
