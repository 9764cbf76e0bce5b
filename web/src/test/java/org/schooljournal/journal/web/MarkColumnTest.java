package org.schooljournal.journal.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.schooljournal.journal.boundary.YearSheet;

class MarkColumnTest {
    @Test
    @DisplayName(
            "R-J12 a sheet shown again replaces what was typed: stored marks and reasons, empty for none")
    void showAllReplacesTyped() {
        MarkColumn column = new MarkColumn();
        column.values().put(99L, "5");
        column.showAll(
                List.of(
                        new YearSheet.Row(1, "Иванова", List.of("4", "5"), "5", "4", "болела"),
                        new YearSheet.Row(2, "Петров", List.of("3", "3"), "3", null, null)));
        assertThat(column.values()).containsOnlyKeys(1L, 2L).containsEntry(1L, "4");
        assertThat(column.values()).containsEntry(2L, "");
        assertThat(column.reasons()).containsEntry(1L, "болела").containsEntry(2L, "");
        assertThat(column.typed(1)).isEqualTo(new MarkColumn.Typed("4", "болела"));
        assertThat(column.typed(2)).isNull();
    }
}
