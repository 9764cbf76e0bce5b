package org.schooljournal.batch.pupilimport;

import jakarta.batch.api.chunk.ItemProcessor;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.schooljournal.platform.control.SchoolClock;

/**
 * Checks a row on its own (see {@link RowRules}). Whether the pupil is already in the school is
 * left to the writer: only there are the rows written earlier in the same chunk visible.
 */
@Named("pupilImportProcessor")
@Dependent
public class PupilImportProcessor implements ItemProcessor {
    /** Outside a request: the municipality's date, which is what a birth-date check needs. */
    @Inject SchoolClock clock;

    @Override
    public Object processItem(Object item) {
        // rows become applicants or issues; the "too many rows" notice passes through
        return item instanceof RosterRow row ? RowRules.check(row, clock.today()) : item;
    }
}
