package org.schooljournal.school.boundary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.schooljournal.platform.entity.JournalException;

class MunicipalityTest {
    @Test
    @DisplayName("R-T02 a new head's full name becomes the staff row's last, first and middle name")
    void personName() {
        var full = Municipality.PersonName.of(new NewAccount("h.x", "  Петрова  Анна Сергеевна "));
        var short_ = Municipality.PersonName.of(new NewAccount("h.x", "Ли Юн"));

        assertThat(full).isEqualTo(new Municipality.PersonName("Петрова", "Анна", "Сергеевна"));
        assertThat(full.full()).isEqualTo("Петрова Анна Сергеевна");
        assertThat(short_).isEqualTo(new Municipality.PersonName("Ли", "Юн", null));
        assertThat(short_.full()).isEqualTo("Ли Юн");
    }

    @Test
    @DisplayName("R-T02 a full name without a first name is refused, naming the login")
    void personNameNeedsTwoWords() {
        assertThatThrownBy(() -> Municipality.PersonName.of(new NewAccount("h.x", "Петрова")))
                .isInstanceOfSatisfying(
                        JournalException.class,
                        e -> {
                            assertThat(e.kind()).isEqualTo(JournalException.Kind.INVALID);
                            assertThat(e.key()).isEqualTo("municipality.fullName");
                            assertThat(e.args()).contains("h.x");
                        });
    }

    @Test
    @DisplayName("R-T02 the head and the administrator cannot share a login")
    void sameLoginRefusedBeforeAnyWrite() {
        Municipality municipality = new Municipality();

        assertThatThrownBy(
                        () ->
                                municipality.createSchool(
                                        "Школа № 7",
                                        "Школа 7",
                                        new NewAccount("same.one", "Иванов Иван"),
                                        new NewAccount("same.one", "Иванова Ирина")))
                .isInstanceOfSatisfying(
                        JournalException.class,
                        e -> {
                            assertThat(e.kind()).isEqualTo(JournalException.Kind.INVALID);
                            assertThat(e.key()).isEqualTo("municipality.sameLogin");
                        });
    }
}
