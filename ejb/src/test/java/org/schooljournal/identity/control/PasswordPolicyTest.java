package org.schooljournal.identity.control;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.schooljournal.platform.entity.JournalException;

class PasswordPolicyTest {
    @Test
    @DisplayName("R-A02 a chosen password is long enough, free of the login and not a common one")
    void policy() {
        assertThatCode(() -> PasswordPolicy.check("s1.teacher1", "зелёный чайник на окне"))
                .doesNotThrowAnyException();
        assertThatThrownBy(() -> PasswordPolicy.check("admin", "short1"))
                .isInstanceOf(JournalException.class)
                .hasMessageContaining("password.tooShort");
        assertThatThrownBy(() -> PasswordPolicy.check("admin", "MyAdmin2026!"))
                .hasMessageContaining("password.containsLogin");
        assertThatThrownBy(() -> PasswordPolicy.check("ivanova", "Qwertyuiop123"))
                .as("common passwords are compared without regard to case")
                .hasMessageContaining("password.common");
        assertThatThrownBy(() -> PasswordPolicy.check("ivanova", "x".repeat(129)))
                .hasMessageContaining("password.tooLong");
    }

    @Test
    @DisplayName(
            "R-A02 the bundled list refuses long common passwords: keyboard walks, Russian layouts, the school's own words")
    void longCommonPasswords() {
        for (String common :
                new String[] {
                    "1q2w3e4r5t6y", "Password2026", "йцукенгшщз", "Dnevnik2026", "qwerty123456"
                }) {
            assertThatThrownBy(() -> PasswordPolicy.check("petrova.a", common))
                    .as(common)
                    .hasMessageContaining("password.common");
        }
    }
}
