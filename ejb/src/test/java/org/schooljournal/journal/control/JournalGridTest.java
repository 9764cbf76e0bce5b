package org.schooljournal.journal.control;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.schooljournal.journal.entity.WorkType;

class JournalGridTest {
    private static final CellKey MONDAY_ANNA = new CellKey(10, 1);
    private static final CellKey MONDAY_BORIS = new CellKey(10, 2);
    private static final CellKey TUESDAY_ANNA = new CellKey(11, 1);

    @Test
    @DisplayName(
            "R-J01 R-J10 a cell reads its attendance code, then its marks with their letters, whatever order they came in")
    void cellsComposeAttendanceAndMarks() {
        JournalGrid grid =
                new JournalGrid()
                        .mark(MONDAY_ANNA, WorkType.CONTROL_WORK, "4")
                        .attendance(MONDAY_ANNA, "Б")
                        .mark(MONDAY_ANNA, WorkType.ANSWER, "5")
                        .attendance(MONDAY_BORIS, "НП")
                        .mark(TUESDAY_ANNA, WorkType.HOMEWORK, "3");

        assertThat(grid.cells())
                .containsOnly(
                        java.util.Map.entry(MONDAY_ANNA, "Б/5/4к"),
                        java.util.Map.entry(MONDAY_BORIS, "НП"),
                        java.util.Map.entry(TUESDAY_ANNA, "3дз"));
        assertThat(grid.marks())
                .containsOnly(
                        java.util.Map.entry(MONDAY_ANNA, "4 5"),
                        java.util.Map.entry(TUESDAY_ANNA, "3"));
        assertThat(grid.attendance())
                .containsOnly(
                        java.util.Map.entry(MONDAY_ANNA, "Б"),
                        java.util.Map.entry(MONDAY_BORIS, "НП"));
    }

    @Test
    @DisplayName(
            "R-J01 cells of the same lesson and pupil are one cell; other lessons or pupils are not")
    void typedKeysDoNotMix() {
        JournalGrid grid =
                new JournalGrid()
                        .mark(new CellKey(10, 1), WorkType.ANSWER, "5")
                        .mark(new CellKey(1, 10), WorkType.ANSWER, "2");

        assertThat(grid.cells()).containsEntry(MONDAY_ANNA, "5").hasSize(2);
        assertThat(new JournalGrid().cells()).isEmpty();
    }

    @Test
    @DisplayName(
            "R-J01 on the wire a cell is named lessonId:pupilId, as the grid's script reads it")
    void wireNames() {
        JournalGrid grid =
                new JournalGrid()
                        .mark(MONDAY_ANNA, WorkType.ANSWER, "5")
                        .attendance(MONDAY_BORIS, "ОП");

        assertThat(JournalGrid.onWire(grid.cells())).containsOnlyKeys("10:1", "10:2");
        assertThat(JournalGrid.onWire(grid.cells())).containsEntry("10:1", "5");
        assertThat(MONDAY_BORIS.wire()).isEqualTo("10:2");
    }
}
