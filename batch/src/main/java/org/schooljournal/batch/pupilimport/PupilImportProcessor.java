package org.schooljournal.batch.pupilimport;

import jakarta.batch.api.chunk.ItemProcessor;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Clock;
import java.time.LocalDate;

/**
 * Checks a row on its own (see {@link RowRules}). Whether the pupil is already in the school is
 * left to the writer: only there are the rows written earlier in the same chunk visible.
 */
@Named("pupilImportProcessor")
@Dependent
public class PupilImportProcessor implements ItemProcessor {
    @Inject Clock clock;

    @Override
    public Object processItem(Object item) {
        // rows become applicants or issues; the "too many rows" notice passes through
        return item instanceof RosterRow row ? RowRules.check(row, LocalDate.now(clock)) : item;
    }
}
