package org.schooljournal.diary.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class FamilyLoginsTest {
    static final String LOGIN_RULE = "[A-Za-z0-9][A-Za-z0-9._-]{2,99}";

    @Test
    @DisplayName("R-A04 a family login is the surname in Latin letters and the first initial")
    void fromTheName() {
        assertThat(FamilyLogins.base("Иванова", "Анна")).isEqualTo("ivanova.a");
        assertThat(FamilyLogins.base("Щербаков", "Юрий")).isEqualTo("shcherbakov.i");
        assertThat(FamilyLogins.base("Жёлудь-Эрдниева", "Ольга")).isEqualTo("zheluderdnieva.o");
        assertThat(FamilyLogins.base("Ли", "")).isEqualTo("li0").matches(LOGIN_RULE);
        assertThat(FamilyLogins.base("Ъ", "Ь")).matches(LOGIN_RULE);
        assertThat(FamilyLogins.base("Константинопольская-Византийская", "Я"))
                .matches(LOGIN_RULE)
                .hasSizeLessThanOrEqualTo(FamilyLogins.MAX_SURNAME + 2);
    }

    @Test
    @DisplayName("R-A04 a login already taken gets the first free number from 2")
    void unique() {
        assertThat(FamilyLogins.unique("ivanova.a", Set.of())).isEqualTo("ivanova.a");
        assertThat(FamilyLogins.unique("ivanova.a", Set.of("ivanova.a"))).isEqualTo("ivanova.a2");
        assertThat(
                        FamilyLogins.unique(
                                "ivanova.a", Set.of("ivanova.a", "ivanova.a2", "ivanova.a4")))
                .isEqualTo("ivanova.a3");
    }
}
