package org.schooljournal.school.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.schooljournal.platform.entity.JournalException;

class SubjectTest {
    @Test
    @DisplayName("R-S03 A subject is federal or the school's own, with a stripped, non-blank name")
    void federalOrOwn() {
        Subject federal = Subject.federal("Математика", Grading.FIVE_POINT);
        Subject own = Subject.own("  Шахматы ", Grading.NONE);

        assertThat(federal.isFederal()).isTrue();
        assertThat(own.isFederal()).isFalse();
        assertThat(own.getName()).isEqualTo("Шахматы");
        assertThat(own.isNamed("шахматы")).isTrue();
        assertThatThrownBy(() -> Subject.own("  ", Grading.NONE))
                .isInstanceOf(JournalException.class)
                .extracting(e -> ((JournalException) e).key())
                .isEqualTo("subjects.name");
        assertThatThrownBy(() -> Subject.own("я".repeat(201), Grading.NONE))
                .isInstanceOf(JournalException.class);
    }

    @Test
    @DisplayName("R-S14 The grading system of a subject can be changed")
    void changeGrading() {
        Subject own = Subject.own("Шахматы", Grading.NONE);
        own.changeGrading(Grading.PASS_FAIL);
        assertThat(own.getGrading()).isEqualTo(Grading.PASS_FAIL);
    }

    @Test
    @DisplayName("R-S14 A refused grading change names the subject, the marks and the system")
    void refusalText() {
        JournalException refusal =
                new JournalException(
                        JournalException.Kind.CONFLICT,
                        "subjects.grading.marksExist",
                        "Математика",
                        1234L,
                        Grading.PASS_FAIL.ordinal());
        assertThat(org.schooljournal.platform.control.Messages.text(refusal, null))
                .contains("«Математика»", "система «зачёт/незачёт»")
                .containsPattern("1.234 отм");
        assertThat(
                        org.schooljournal.platform.control.Messages.text(
                                refusal, java.util.Locale.ENGLISH))
                .contains("«Математика»", "1,234 mark(s)", "pass/fail");
    }
}
