package org.schooljournal.identity.entity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The lock and the stamp that ends an account's open sessions (R-A02). */
class AccountSessionsTest {
    static final Instant NOW = Instant.parse("2026-11-20T09:00:00Z");

    private static Account lockedAt(Instant at) {
        Account account = new Account("s1.teacher1", "hash", "Иванова Мария Петровна");
        for (int i = 0; i < Account.MAX_FAILED_LOGINS; i++) {
            account.loginFailed(at);
        }
        assertThat(account.isLockedAt(at)).isTrue();
        return account;
    }

    @Test
    @DisplayName(
            "R-A02 attempts during a lock (the right password among them) do not extend the lock")
    void attemptsDuringLockDoNotExtendIt() {
        Account account = lockedAt(NOW);

        // the mechanism refuses every attempt during the lock and records it as failed
        for (int i = 0; i < 2 * Account.MAX_FAILED_LOGINS; i++) {
            account.loginFailed(NOW.plus(Duration.ofMinutes(10)));
        }

        assertThat(account.isLockedAt(NOW.plus(Account.LOCK).minusSeconds(1))).isTrue();
        assertThat(account.isLockedAt(NOW.plus(Account.LOCK).plusSeconds(1)))
                .as("the lock ends when it was to end")
                .isFalse();
        assertThat(account.getFailedLogins()).isZero();
    }

    @Test
    @DisplayName("R-A02 after a lock has passed, five new failures lock the account again")
    void lockAgainAfterItPassed() {
        Instant later = NOW.plus(Account.LOCK).plusSeconds(60);
        Account account = lockedAt(NOW);

        for (int i = 0; i < Account.MAX_FAILED_LOGINS; i++) {
            account.loginFailed(later);
        }

        assertThat(account.isLockedAt(later.plus(Account.LOCK).minusSeconds(1))).isTrue();
    }

    @Test
    @DisplayName(
            "R-A02 a lock changes the session stamp for good: a session signed in before it stays ended after the lock and a later sign-in")
    void lockChangesStamp() {
        Account account = new Account("s1.teacher1", "hash", "Иванова Мария Петровна");
        String signedIn = account.sessionStamp();
        account.loginFailed(NOW);
        assertThat(account.sessionStamp()).as("a failure alone").isEqualTo(signedIn);

        for (int i = 1; i < Account.MAX_FAILED_LOGINS; i++) {
            account.loginFailed(NOW);
        }
        String duringLock = account.sessionStamp();
        account.loginSucceeded();

        assertThat(duringLock).isNotEqualTo(signedIn);
        assertThat(account.sessionStamp()).isNotEqualTo(signedIn);
    }

    @Test
    @DisplayName(
            "R-A02 a new password or a disabled account changes the session stamp; the stamp does not reveal the hash")
    void passwordAndEnabledChangeStamp() {
        OffsetDateTime lock = NOW.atOffset(ZoneOffset.UTC);
        String stamp = Account.sessionStamp("PBKDF2WithHmacSHA256:1:a:b", true, lock);

        assertThat(Account.sessionStamp("PBKDF2WithHmacSHA256:1:a:b", true, lock)).isEqualTo(stamp);
        assertThat(Account.sessionStamp("PBKDF2WithHmacSHA256:1:c:d", true, lock))
                .isNotEqualTo(stamp);
        assertThat(Account.sessionStamp("PBKDF2WithHmacSHA256:1:a:b", false, lock))
                .isNotEqualTo(stamp);
        assertThat(Account.sessionStamp("PBKDF2WithHmacSHA256:1:a:b", true, null))
                .isNotEqualTo(stamp);
        assertThat(stamp).matches("[0-9a-f]{64}").doesNotContain("PBKDF2");
    }
}
