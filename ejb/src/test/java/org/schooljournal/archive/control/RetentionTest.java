package org.schooljournal.archive.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.schooljournal.archive.boundary.BookKind;

class RetentionTest {
    @Test
    @DisplayName(
            "R-P03 the summary sheet is kept 25 years and the class journal 5 from the closing date")
    void retention() {
        LocalDate closed = LocalDate.of(2026, 6, 30);
        assertThat(Retention.destroyAfter(BookKind.SUMMARY_SHEET, closed))
                .isEqualTo(LocalDate.of(2051, 6, 30));
        assertThat(Retention.destroyAfter(BookKind.CLASS_JOURNAL, closed))
                .isEqualTo(LocalDate.of(2031, 6, 30));
    }
}
