package org.schooljournal.calendar.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.schooljournal.calendar.control.Rollover.Done;
import org.schooljournal.calendar.control.Rollover.Graduation;
import org.schooljournal.calendar.control.Rollover.Promotion;
import org.schooljournal.calendar.control.Rollover.SchoolClassRef;
import org.schooljournal.calendar.control.Rollover.Year;
import org.schooljournal.platform.control.Messages;
import org.schooljournal.platform.entity.JournalException;
import org.schooljournal.school.entity.SchoolClass;

class RolloverTest {
    private static final Year Y2026 = new Year(1, "2026/2027", LocalDate.of(2026, 9, 1));
    private static final Year Y2025 = new Year(7, "2025/2026", LocalDate.of(2025, 9, 1));
    private static final LocalDate NEXT_START = LocalDate.of(2027, 9, 1);

    private static final List<SchoolClassRef> DEMO =
            List.of(
                    new SchoolClassRef(1, 5, "А"),
                    new SchoolClassRef(2, 5, "Б"),
                    new SchoolClassRef(3, 6, "А"),
                    new SchoolClassRef(4, 9, "А"),
                    new SchoolClassRef(5, 10, "А"),
                    new SchoolClassRef(6, 11, "А"));

    private static Rollover plan(List<SchoolClassRef> classes, List<Done> done) {
        return Rollover.plan(Y2026, "2027/2028", NEXT_START, classes, done);
    }

    @Test
    @DisplayName(
            "R-S05 every class moves up one grade with its letter; 6 «А» moving makes room for 5 «А»")
    void promotesEveryClass() {
        Rollover plan = plan(DEMO, List.of());

        assertThat(plan.promotions())
                .extracting(Promotion::from, Promotion::to)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("10 «А»", "11 «А»"),
                        org.assertj.core.groups.Tuple.tuple("9 «А»", "10 «А»"),
                        org.assertj.core.groups.Tuple.tuple("6 «А»", "7 «А»"),
                        org.assertj.core.groups.Tuple.tuple("5 «А»", "6 «А»"),
                        org.assertj.core.groups.Tuple.tuple("5 «Б»", "6 «Б»"));
        assertThat(plan.promotionsByGrade())
                .extracting(g -> g.get(0).fromGrade())
                .as("the highest grade moves first, grade by grade")
                .containsExactly(10, 9, 6, 5);
        assertThat(plan.promotionsByGrade().get(3)).hasSize(2);
        assertThat(plan.toYear()).isEqualTo("2027/2028");
    }

    @Test
    @DisplayName("R-S13 grade-11 classes graduate on the first day of the new year")
    void graduatesEleventhGrade() {
        Rollover plan = plan(DEMO, List.of());

        assertThat(plan.graduations()).extracting(Graduation::title).containsExactly("11 «А»");
        assertThat(plan.graduations().get(0).classId()).isEqualTo(6);
        assertThat(plan.graduationDate()).isEqualTo(NEXT_START);
        assertThat(plan.graduationYear()).isEqualTo(2027);
        assertThat(plan.promotions()).noneMatch(p -> p.classId() == 6);
    }

    @Test
    @DisplayName("A school without classes rolls over to nothing")
    void emptySchool() {
        Rollover plan = plan(List.of(), List.of());

        assertThat(plan.promotions()).isEmpty();
        assertThat(plan.graduations()).isEmpty();
        assertThat(plan.promotionsByGrade()).isEmpty();
    }

    @Test
    @DisplayName("Running the rollover of a year twice is refused naming the years")
    void idempotent() {
        List<Done> done = List.of(new Done(Y2026, "2027/2028"));

        assertThatThrownBy(() -> plan(DEMO, done))
                .isInstanceOfSatisfying(
                        JournalException.class,
                        e -> {
                            assertThat(e.kind()).isEqualTo(JournalException.Kind.CONFLICT);
                            assertThat(e.key()).isEqualTo("rollover.done");
                            assertThat(Messages.text(e, Messages.RUSSIAN))
                                    .contains("2026/2027")
                                    .contains("2027/2028");
                        });
    }

    @Test
    @DisplayName(
            "An older year cannot be rolled over after a later one was; an earlier rollover does not block")
    void olderYearAfterLaterRollover() {
        assertThatThrownBy(
                        () ->
                                Rollover.plan(
                                        Y2025,
                                        "2026/2027",
                                        Y2026.startsOn(),
                                        DEMO,
                                        List.of(new Done(Y2026, "2027/2028"))))
                .isInstanceOfSatisfying(
                        JournalException.class,
                        e -> assertThat(e.key()).isEqualTo("rollover.later"));

        assertThat(plan(DEMO, List.of(new Done(Y2025, "2026/2027"))).promotions()).hasSize(5);
    }

    @Test
    @DisplayName("Two classes that would become the same one are refused")
    void clash() {
        List<SchoolClassRef> twice =
                List.of(new SchoolClassRef(1, 5, "А"), new SchoolClassRef(2, 5, "А"));

        assertThatThrownBy(() -> plan(twice, List.of()))
                .isInstanceOfSatisfying(
                        JournalException.class,
                        e -> {
                            assertThat(e.key()).isEqualTo("rollover.clash");
                            assertThat(e.args()).contains("6 «А»");
                        });
    }

    @Test
    @DisplayName("The next year must start after the year closed")
    void order() {
        assertThatThrownBy(
                        () -> Rollover.plan(Y2026, "2025/2026", Y2025.startsOn(), DEMO, List.of()))
                .isInstanceOfSatisfying(
                        JournalException.class,
                        e -> assertThat(e.key()).isEqualTo("rollover.order"));
    }

    @Test
    @DisplayName("R-S05 a class moves up to grade 11 at most; only grade 11 graduates, once")
    void schoolClassInvariant() {
        SchoolClass tenth = new SchoolClass(10, "А", null);
        tenth.promote();
        assertThat(tenth.getTitle()).isEqualTo("11 «А»");
        assertThatThrownBy(tenth::promote)
                .isInstanceOfSatisfying(
                        JournalException.class,
                        e -> assertThat(e.key()).isEqualTo("rollover.promote.last"));

        tenth.graduate(2027);
        assertThat(tenth.isGraduated()).isTrue();
        assertThat(tenth.getGraduatedIn()).isEqualTo(2027);
        assertThatThrownBy(() -> tenth.graduate(2028)).isInstanceOf(JournalException.class);

        SchoolClass fifth = new SchoolClass(5, "Б", null);
        assertThatThrownBy(() -> fifth.graduate(2027))
                .isInstanceOfSatisfying(
                        JournalException.class,
                        e -> assertThat(e.key()).isEqualTo("rollover.graduate.notLast"));
    }

    @Test
    @DisplayName("Every rollover message has its English text")
    void messages() {
        for (String key :
                List.of(
                        "rollover.done",
                        "rollover.later",
                        "rollover.clash",
                        "rollover.order",
                        "rollover.promote.last",
                        "rollover.graduate.notLast")) {
            assertThat(Messages.text(java.util.Locale.ENGLISH, key, "a", "b", "c"))
                    .doesNotContain(key)
                    .isNotEqualTo(Messages.text(Messages.RUSSIAN, key, "a", "b", "c"));
        }
    }
}
