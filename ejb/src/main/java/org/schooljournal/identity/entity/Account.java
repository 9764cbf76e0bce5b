package org.schooljournal.identity.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/**
 * A person's credentials. Global, not school-owned: one person may hold roles in several schools.
 * The password hash is Payara's PBKDF2 format, checked by the identity store.
 */
@Entity
@Table(name = "account")
@NamedQuery(
        name = "Account.rolesByLogin",
        query =
                "select a.id, r.schoolId, r.role from Account a, AccountRole r"
                        + " where r.accountId = a.id and a.login = :login and a.enabled = true")
@NamedQuery(name = "Account.byLogin", query = "select a from Account a where a.login = :login")
public class Account {
    /** R-A02: after this many failures in a row the account is locked for {@link #LOCK}. */
    public static final int MAX_FAILED_LOGINS = 5;

    public static final Duration LOCK = Duration.ofMinutes(15);

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String login;

    @Column(name = "password_hash")
    private String passwordHash;

    @Column(name = "full_name")
    private String fullName;

    private boolean enabled = true;

    @Column(name = "failed_logins")
    private int failedLogins;

    @Column(name = "locked_until")
    private OffsetDateTime lockedUntil;

    /** The password is a one-time one: the next sign-in must replace it (R-A04). */
    @Column(name = "password_change_required")
    private boolean passwordChangeRequired;

    protected Account() {}

    public Account(String login, String passwordHash, String fullName) {
        this.login = login;
        this.passwordHash = passwordHash;
        this.fullName = fullName;
    }

    public boolean isLockedAt(Instant now) {
        return lockedUntil != null && lockedUntil.toInstant().isAfter(now);
    }

    /** Counts a failed attempt; the fifth in a row locks the account for a while. */
    public void loginFailed(Instant now) {
        failedLogins++;
        if (failedLogins >= MAX_FAILED_LOGINS) {
            lockedUntil = now.plus(LOCK).atOffset(ZoneOffset.UTC);
            failedLogins = 0;
        }
    }

    public boolean isPasswordChangeRequired() {
        return passwordChangeRequired;
    }

    /** The holder chose a new password: the one-time one stops working. */
    public void changePassword(String newHash) {
        passwordHash = newHash;
        passwordChangeRequired = false;
    }

    /** Gives the account a one-time password that the next sign-in must replace. */
    public void oneTimePassword(String hash) {
        passwordHash = hash;
        passwordChangeRequired = true;
    }

    public String getPasswordHash() {
        return passwordHash;
    }

    public void loginSucceeded() {
        failedLogins = 0;
        lockedUntil = null;
    }

    public Long getId() {
        return id;
    }

    public String getLogin() {
        return login;
    }

    public String getFullName() {
        return fullName;
    }

    public int getFailedLogins() {
        return failedLogins;
    }
}
