package org.schooljournal.school.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class GroupSplitTest {
    @Test
    @DisplayName("R-S06 a class of 25 splits 13 + 12 in list order; into three 9 + 8 + 8")
    void evenly() {
        List<Integer> pupils = java.util.stream.IntStream.rangeClosed(1, 25).boxed().toList();

        var two = GroupSplit.evenly(pupils, 2);
        var three = GroupSplit.evenly(pupils, 3);

        assertThat(two).extracting(List::size).containsExactly(13, 12);
        assertThat(two.get(0)).startsWith(1).endsWith(13);
        assertThat(two.get(1)).startsWith(14).endsWith(25);
        assertThat(three).extracting(List::size).containsExactly(9, 8, 8);
        assertThat(GroupSplit.evenly(List.of(), 2)).containsExactly(List.of(), List.of());
    }
}
