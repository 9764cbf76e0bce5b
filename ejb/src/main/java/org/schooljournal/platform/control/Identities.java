package org.schooljournal.platform.control;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.schooljournal.platform.entity.JournalException;

/**
 * Finds who a login is: its account, the school it works in and its roles there (R-A01). A person
 * with roles in several schools works in the first one for now; switching the school within a
 * session is a later feature.
 */
@Dependent
public class Identities {
    /**
     * The account, its school (null for municipality-wide roles only), its roles there and the
     * school's own time zone (null: the municipality's), read in the same statement so that the
     * school clock needs no second one.
     */
    public record Identity(Long accountId, Long schoolId, Set<String> roles, String schoolZone) {}

    @Inject EntityManager em;

    @Inject Caller caller;

    public Identity of(String login) {
        Identity identity =
                fromRows(
                        ((List<?>)
                                        em.createNamedQuery("Account.rolesByLogin")
                                                .setParameter(1, login)
                                                .getResultList())
                                .stream().map(Object[].class::cast).toList(),
                        0);
        if (identity == null) {
            throw JournalException.forbidden();
        }
        return identity;
    }

    /**
     * Makes {@code identity}, read by the caller's own login, the caller of this request, so that
     * no boundary of the request reads it again ({@link SchoolTenancy}, {@link SchoolScope}).
     */
    public void adopt(String login, Identity identity) {
        caller.resolve(login, identity);
    }

    /**
     * The identity in rows whose columns from {@code first} on are the account's id, a school (or
     * null), a role (null: none) and the school's zone, a row per role; null without any role.
     */
    public static Identity fromRows(List<Object[]> rows, int first) {
        List<Object[]> withRole = rows.stream().filter(r -> r[first + 2] != null).toList();
        if (withRole.isEmpty()) {
            return null;
        }
        Long schoolId =
                withRole.stream()
                        .map(r -> id(r[first + 1]))
                        .filter(Objects::nonNull)
                        .min(Long::compare)
                        .orElse(null);
        Set<String> roles = new HashSet<>();
        String zone = null;
        for (Object[] row : withRole) {
            Long school = id(row[first + 1]);
            if (school == null || school.equals(schoolId)) {
                roles.add((String) row[first + 2]);
            }
            if (school != null && school.equals(schoolId)) {
                zone = (String) row[first + 3];
            }
        }
        return new Identity(id(withRole.get(0)[first]), schoolId, roles, zone);
    }

    /** A key column as the driver gives it (SQL: a Long on PostgreSQL and H2, checked anyway). */
    private static Long id(Object column) {
        return column == null ? null : ((Number) column).longValue();
    }
}
