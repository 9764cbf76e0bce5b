package org.schooljournal.journal.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.schooljournal.journal.entity.AttendanceKind;
import org.schooljournal.journal.entity.WorkType;
import org.schooljournal.platform.entity.JournalException;

class CellTextTest {
    @Test
    @DisplayName("R-J10 a make-up mark stands beside the recorded absence: «Б/4»")
    void makeUp() {
        assertThat(CellText.of("Б", Map.of(WorkType.ANSWER, "4"))).isEqualTo("Б/4");
        assertThat(CellText.of("НП", Map.of())).isEqualTo("НП");
    }

    @Test
    @DisplayName(
            "R-J02 several marks in one cell carry their work-type letters, in the order of the work types")
    void severalMarks() {
        assertThat(
                        CellText.of(
                                "",
                                Map.of(
                                        WorkType.HOMEWORK, "5",
                                        WorkType.CONTROL_WORK, "4",
                                        WorkType.ANSWER, "3")))
                .isEqualTo("3/4к/5дз");
        assertThat(CellText.of(null, Map.of())).isEmpty();
    }

    @Test
    @DisplayName(
            "R-J01 a typed cell is read as its parts: attendance codes in either layout, marks with letters")
    void parse() {
        CellText.Parts parts = CellText.parse(" б / 4  5к 3дз ");
        assertThat(parts.attendance()).isEqualTo(AttendanceKind.ILLNESS);
        assertThat(parts.marks())
                .containsExactlyInAnyOrderEntriesOf(
                        Map.of(
                                WorkType.ANSWER, "4",
                                WorkType.CONTROL_WORK, "5",
                                WorkType.HOMEWORK, "3"));
        assertThat(CellText.of(parts)).isEqualTo("Б/4/5к/3дз");
        assertThat(CellText.parse("H").attendance())
                .as("Latin H is the Cyrillic Н: unexcused")
                .isEqualTo(AttendanceKind.UNEXCUSED);
        assertThat(CellText.parse("оп").attendance()).isEqualTo(AttendanceKind.LATE);
        assertThat(CellText.parse("уп").attendance()).isEqualTo(AttendanceKind.EXCUSED);
        assertThat(CellText.parse("4д").marks()).containsEntry(WorkType.DICTATION, "4");
        assertThat(CellText.parse("").marks()).isEmpty();
        assertThat(CellText.parse("").attendance()).isNull();
    }

    @Test
    @DisplayName("R-J01 a cell with two marks of one work type or two attendance codes is refused")
    void parseRefusesTwice() {
        assertThatThrownBy(() -> CellText.parse("4/5"))
                .isInstanceOf(JournalException.class)
                .hasMessageContaining("cell.markTwice");
        assertThatThrownBy(() -> CellText.parse("б нп"))
                .isInstanceOf(JournalException.class)
                .hasMessageContaining("cell.attendanceTwice");
    }
}
