package org.schooljournal.platform.control;

import jakarta.enterprise.context.RequestScoped;
import java.time.ZoneId;
import java.util.Optional;
import java.util.Set;

/**
 * Who is calling, resolved once per request by {@link SchoolTenancy}: the account, the school it
 * works in (the tenant), its roles in that school and the school's own time zone.
 */
@RequestScoped
public class Caller {
    private String login;
    private Long accountId;
    private Long schoolId;
    private Set<String> roles = Set.of();
    private String schoolZone;
    private String remoteAddress;

    void resolve(String login, Identities.Identity identity) {
        this.login = login;
        this.accountId = identity.accountId();
        this.schoolId = identity.schoolId();
        this.roles = Set.copyOf(identity.roles());
        this.schoolZone = identity.schoolZone();
    }

    boolean isResolvedFor(String login) {
        return login != null && login.equals(this.login);
    }

    /** Where the request came from, for the audit trail (R-A08); set by the web module. */
    public void comesFrom(String address) {
        this.remoteAddress = address;
    }

    public String remoteAddress() {
        return remoteAddress;
    }

    public String login() {
        return login;
    }

    public Long accountId() {
        return accountId;
    }

    /** The school the caller works in, or null for municipal admins and archivists. */
    public Long schoolId() {
        return schoolId;
    }

    /** The school's own zone, empty when it keeps the municipality's ({@link SchoolClock}). */
    Optional<ZoneId> schoolZone() {
        return Optional.ofNullable(schoolZone).map(ZoneId::of);
    }

    public boolean has(String role) {
        return roles.contains(role);
    }

    public Set<String> roles() {
        return roles;
    }
}
