package org.schooljournal.journal.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.schooljournal.people.control.ClassRoster.Stint;

class JournalRosterTest {
    private static final List<Stint> CLASS =
            List.of(
                    new Stint(1, "Антонов Антон", null, null),
                    new Stint(2, "Борисова Вера", LocalDate.of(2026, 11, 16), null),
                    new Stint(3, "Волков Глеб", null, LocalDate.of(2026, 11, 15)));

    @Test
    @DisplayName(
            "R-S06 a group's journal lists its members with their dates in the class; R-S07 the class's journal leaves out pupils whose plan takes the subject away")
    void select() {
        assertThat(JournalRoster.select(CLASS, Set.of(2L, 3L), Set.of(3L)))
                .extracting(Stint::pupilId)
                .containsExactly(2L, 3L);
        assertThat(JournalRoster.select(CLASS, Set.of(2L), Set.of()).get(0).from())
                .isEqualTo(LocalDate.of(2026, 11, 16));
        assertThat(JournalRoster.select(CLASS, null, Set.of(1L)))
                .extracting(Stint::pupilId)
                .containsExactly(2L, 3L);
    }
}
