package org.schooljournal.identity.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedNativeQuery;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.QueryHint;
import jakarta.persistence.Table;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HexFormat;

/**
 * A person's credentials. Global, not school-owned: one person may hold roles in several schools.
 * The password hash is Payara's PBKDF2 format, checked by the identity store.
 */
@Entity
@Table(name = "account")
// The caller's identity (platform's Identities), with each school's own time zone so that the
// school clock reads no school again. SQL: EclipseLink sends a JPQL join of unrelated entities
// beside the cross join it makes of the others, which PostgreSQL refuses.
@NamedNativeQuery(
        name = "Account.rolesByLogin",
        query =
                "select a.id, r.school_id, r.role, s.time_zone from account a join account_role r"
                        + " on r.account_id = a.id left join school s on s.id = r.school_id"
                        + " where a.login = ? and a.enabled = true",
        hints = @QueryHint(name = "eclipselink.jdbc.allow-native-sql-query", value = "true"))
@NamedQuery(name = "Account.byLogin", query = "select a from Account a where a.login = :login")
@NamedQuery(
        name = "Account.loginsOf",
        query = "select a.id, a.login from Account a where a.id in :ids")
@NamedQuery(
        name = "Account.idByLoginIgnoringCase",
        query = "select a.id from Account a where lower(a.login) = lower(:login)")
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

    /**
     * The end of the latest lock, kept after it has passed: a session signed in before a lock stays
     * ended (see {@link #sessionStamp}).
     */
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

    /**
     * Counts a failed attempt; the fifth in a row locks the account for a while. An attempt during
     * a lock is refused without looking at the password and counts for nothing: neither a wrong nor
     * the right password extends the lock (R-A02).
     */
    public void loginFailed(Instant now) {
        if (isLockedAt(now)) {
            return;
        }
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

    /**
     * R-A04: the holder may no longer sign in (the identity store refuses a disabled account) and a
     * session it holds ends at its next request (the {@link #sessionStamp} changes).
     */
    public void disable() {
        enabled = false;
    }

    public boolean isEnabled() {
        return enabled;
    }

    /** Gives the account a one-time password that the next sign-in must replace. */
    public void oneTimePassword(String hash) {
        passwordHash = hash;
        passwordChangeRequired = true;
    }

    public String getPasswordHash() {
        return passwordHash;
    }

    /** Resets the count of failures; the end of a past lock stays recorded. */
    public void loginSucceeded() {
        failedLogins = 0;
    }

    /**
     * What a signed-in session remembers of this account (R-A02): it changes when the password
     * changes, the account is disabled or enabled, or a lock begins, and then the session is over.
     */
    public String sessionStamp() {
        return sessionStamp(passwordHash, enabled, lockedUntil);
    }

    /** {@link #sessionStamp()} from the account's stored columns. */
    public static String sessionStamp(
            String passwordHash, boolean enabled, OffsetDateTime lockedUntil) {
        String state =
                passwordHash
                        + "\n"
                        + enabled
                        + "\n"
                        + (lockedUntil == null ? "" : lockedUntil.toInstant().toString());
        try {
            // A digest, so the session never holds the password hash itself.
            return HexFormat.of()
                    .formatHex(
                            MessageDigest.getInstance("SHA-256")
                                    .digest(state.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every JVM", e);
        }
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
