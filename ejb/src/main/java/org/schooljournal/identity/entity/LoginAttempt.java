package org.schooljournal.identity.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/** A logged sign-in attempt, kept for the security log (R-A02). */
@Entity
@Table(name = "login_attempt")
public class LoginAttempt {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String login;

    @Column(name = "remote_addr")
    private String remoteAddress;

    private boolean succeeded;

    private OffsetDateTime at;

    protected LoginAttempt() {}

    public LoginAttempt(String login, String remoteAddress, boolean succeeded, Instant at) {
        this.login = login.length() > 100 ? login.substring(0, 100) : login;
        this.remoteAddress = remoteAddress;
        this.succeeded = succeeded;
        this.at = at.atOffset(ZoneOffset.UTC);
    }
}
