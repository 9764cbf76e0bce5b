package org.schooljournal.people.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.schooljournal.people.control.ClassRoster.Member;
import org.schooljournal.people.control.ClassRoster.Move;
import org.schooljournal.people.control.ClassRoster.Stint;

class ClassRosterTest {
    static final long FIFTH_A = 1;
    static final long FIFTH_B = 2;
    static final LocalDate NOV_1 = LocalDate.of(2026, 11, 1);
    static final LocalDate NOV_30 = LocalDate.of(2026, 11, 30);
    static final LocalDate NOV_16 = LocalDate.of(2026, 11, 16);

    @Test
    @DisplayName("R-S13 a pupil without movements is in its class all along")
    void noMovement() {
        var stints =
                ClassRoster.stints(
                        FIFTH_A, List.of(new Member(10, "Агеев", null)), List.of(), NOV_1, NOV_30);

        assertThat(stints).containsExactly(new Stint(10, "Агеев", null, null));
    }

    @Test
    @DisplayName(
            "R-S13 a transferred pupil shows in the old class until the day before and in the new one from the day")
    void transfer() {
        List<Move> moves = List.of(new Move(11, "Борисова", NOV_16, FIFTH_A, FIFTH_B));

        var oldClass = ClassRoster.stints(FIFTH_A, List.of(), moves, NOV_1, NOV_30);
        var newClass =
                ClassRoster.stints(
                        FIFTH_B, List.of(new Member(11, "Борисова", null)), moves, NOV_1, NOV_30);

        assertThat(oldClass)
                .containsExactly(new Stint(11, "Борисова", null, LocalDate.of(2026, 11, 15)));
        assertThat(newClass).containsExactly(new Stint(11, "Борисова", NOV_16, null));
        assertThat(oldClass.get(0).covers(LocalDate.of(2026, 11, 15))).isTrue();
        assertThat(oldClass.get(0).covers(NOV_16)).isFalse();
        assertThat(
                        ClassRoster.stints(
                                FIFTH_A,
                                List.of(),
                                moves,
                                LocalDate.of(2026, 12, 1),
                                LocalDate.of(2026, 12, 31)))
                .isEmpty();
    }

    @Test
    @DisplayName(
            "R-S13 a withdrawn pupil shows until the day before it left; an arrival from its first day")
    void withdrawalAndArrival() {
        List<Move> moves =
                List.of(
                        new Move(12, "Васин", NOV_16, FIFTH_A, null),
                        new Move(13, "Глебова", NOV_16, null, FIFTH_A));
        List<Member> members =
                List.of(new Member(12, "Васин", NOV_16), new Member(13, "Глебова", null));

        var stints = ClassRoster.stints(FIFTH_A, members, moves, NOV_1, NOV_30);

        assertThat(stints)
                .containsExactly(
                        new Stint(12, "Васин", null, LocalDate.of(2026, 11, 15)),
                        new Stint(13, "Глебова", NOV_16, null));
        assertThat(
                        ClassRoster.stints(
                                FIFTH_A,
                                members,
                                moves,
                                LocalDate.of(2026, 10, 1),
                                LocalDate.of(2026, 10, 31)))
                .extracting(Stint::name)
                .containsExactly("Васин");
    }
}
