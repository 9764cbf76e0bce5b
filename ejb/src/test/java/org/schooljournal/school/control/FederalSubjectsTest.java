package org.schooljournal.school.control;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.schooljournal.school.control.FederalSubjects.FederalSubject;
import org.schooljournal.school.entity.Grading;

class FederalSubjectsTest {
    @Test
    @DisplayName("R-S03 The federal list (ФБУП) has 25 subjects and no name twice, ignoring case")
    void noDuplicates() {
        assertThat(FederalSubjects.all()).hasSize(25);
        assertThat(FederalSubjects.all().stream().map(s -> FederalSubjects.key(s.name())))
                .doesNotHaveDuplicates();
        assertThat(FederalSubjects.all())
                .allSatisfy(
                        s -> {
                            assertThat(s.name()).isEqualTo(s.name().strip()).isNotEmpty();
                            assertThat(s.name().length()).isLessThanOrEqualTo(200);
                        });
    }

    @Test
    @DisplayName(
            "R-S14 Federal subjects are graded on the 5-point scale, ОРКСЭ and ОДНКНР pass/fail")
    void defaultGradings() {
        assertThat(FederalSubjects.all())
                .filteredOn(s -> s.grading() == Grading.PASS_FAIL)
                .extracting(FederalSubject::name)
                .containsExactlyInAnyOrder("ОРКСЭ", "ОДНКНР");
        assertThat(FederalSubjects.named("Индивидуальный проект"))
                .map(FederalSubject::grading)
                .contains(Grading.FIVE_POINT);
        assertThat(FederalSubjects.named("Математика"))
                .map(FederalSubject::grading)
                .contains(Grading.FIVE_POINT);
        assertThat(FederalSubjects.all()).noneMatch(s -> s.grading() == Grading.NONE);
    }

    @Test
    @DisplayName("R-S03 A federal subject is found by its name, ignoring case and blanks")
    void named() {
        assertThat(FederalSubjects.named("  вероятность и СТАТИСТИКА ")).isPresent();
        assertThat(FederalSubjects.named("Шахматы")).isEmpty();
        assertThat(FederalSubjects.named(null)).isEmpty();
    }
}
