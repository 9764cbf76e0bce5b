package org.schooljournal.controlworks.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.schooljournal.platform.entity.JournalException;
import org.schooljournal.school.entity.Grading;
import org.schooljournal.school.entity.SchoolClass;
import org.schooljournal.school.entity.Subject;

class ControlWorkTest {
    private static final SchoolClass FIFTH_A = new SchoolClass(5, "А", null);
    private static final Subject MATHS = Subject.federal("Математика", Grading.FIVE_POINT);
    private static final LocalDate DAY = LocalDate.of(2027, 1, 20);

    @Test
    @DisplayName("R-S12 A control work has a class, a subject, a date and a form of control")
    void invariants() {
        ControlWork work = new ControlWork(FIFTH_A, MATHS, DAY, " диктант ", "  ");
        assertThat(work.getForm()).isEqualTo("диктант");
        assertThat(work.getTopic()).isNull();

        assertThatThrownBy(() -> new ControlWork(FIFTH_A, MATHS, DAY, " ", null))
                .isInstanceOf(JournalException.class)
                .extracting(e -> ((JournalException) e).key())
                .isEqualTo("controlWorks.form");
        assertThatThrownBy(() -> new ControlWork(FIFTH_A, MATHS, DAY, "тест", "т".repeat(301)))
                .isInstanceOf(JournalException.class)
                .extracting(e -> ((JournalException) e).key())
                .isEqualTo("controlWorks.topic");
        assertThatThrownBy(() -> new ControlWork(FIFTH_A, MATHS, null, "тест", null))
                .isInstanceOf(NullPointerException.class);
    }
}
