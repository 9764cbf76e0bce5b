package org.schooljournal.identity.entity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class AccountTest {
    static final Instant NOW = Instant.parse("2026-11-20T09:00:00Z");

    @Test
    @DisplayName("R-A02 five failed sign-ins in a row lock the account for 15 minutes")
    void lockout() {
        Account account = new Account("s1.teacher1", "hash", "Иванова Мария Петровна");
        for (int i = 0; i < 4; i++) {
            account.loginFailed(NOW);
        }
        assertThat(account.isLockedAt(NOW)).isFalse();

        account.loginFailed(NOW);

        assertThat(account.isLockedAt(NOW)).isTrue();
        assertThat(account.isLockedAt(NOW.plusSeconds(14 * 60))).isTrue();
        assertThat(account.isLockedAt(NOW.plusSeconds(15 * 60 + 1))).isFalse();
    }

    @Test
    @DisplayName("R-A02 a successful sign-in resets the count of failures")
    void successResets() {
        Account account = new Account("s1.teacher1", "hash", "Иванова Мария Петровна");
        for (int i = 0; i < 4; i++) {
            account.loginFailed(NOW);
        }

        account.loginSucceeded();
        account.loginFailed(NOW);

        assertThat(account.getFailedLogins()).isEqualTo(1);
        assertThat(account.isLockedAt(NOW)).isFalse();
    }
}
