package org.schooljournal.school.entity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class TeachingAssignmentTest {
    private final Subject maths = new Subject("Математика", Grading.FIVE_POINT);
    private final Subject russian = new Subject("Русский язык", Grading.FIVE_POINT);

    @Test
    @DisplayName(
            "R-J01 journals are listed by grade (9 before 10), then class or group, then subject")
    void order() {
        TeachingAssignment tenthA =
                new TeachingAssignment(null, maths, new SchoolClass(10, "А", null));
        TeachingAssignment ninthB =
                new TeachingAssignment(null, russian, new SchoolClass(9, "Б", null));
        TeachingAssignment ninthAMaths =
                new TeachingAssignment(null, maths, new SchoolClass(9, "А", null));
        TeachingAssignment ninthARussian =
                new TeachingAssignment(null, russian, new SchoolClass(9, "А", null));

        assertThat(ninthAMaths.getOrderKey()).isEqualTo("09 9 «А» Математика");
        assertThat(tenthA.getOrderKey()).isEqualTo("10 10 «А» Математика");
        assertThat(
                        List.of(tenthA, ninthARussian, ninthB, ninthAMaths).stream()
                                .sorted(Comparator.comparing(TeachingAssignment::getOrderKey)))
                .containsExactly(ninthAMaths, ninthARussian, ninthB, tenthA);
    }
}
