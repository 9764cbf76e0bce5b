package org.schooljournal.demo.control;

import java.time.OffsetDateTime;
import org.schooljournal.calendar.control.YearPlan;

/** A journal closed for a period once its period marks are set (R-J11). */
public record DemoJournalLock(
        DemoAssignment assignment,
        YearPlan.Period period,
        OffsetDateTime lockedAt,
        String lockedBy) {}
