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

    public Identity of(String login) {
        List<Object[]> rows =
                ((List<?>)
                                em.createNamedQuery("Account.rolesByLogin")
                                        .setParameter(1, login)
                                        .getResultList())
                        .stream().map(Object[].class::cast).toList();
        if (rows.isEmpty()) {
            throw JournalException.forbidden();
        }
        Long schoolId =
                rows.stream()
                        .map(r -> id(r[1]))
                        .filter(Objects::nonNull)
                        .min(Long::compare)
                        .orElse(null);
        Set<String> roles = new HashSet<>();
        String zone = null;
        for (Object[] row : rows) {
            Long school = id(row[1]);
            if (school == null || school.equals(schoolId)) {
                roles.add((String) row[2]);
            }
            if (school != null && school.equals(schoolId)) {
                zone = (String) row[3];
            }
        }
        return new Identity(id(rows.get(0)[0]), schoolId, roles, zone);
    }

    /** A key column as the driver gives it (SQL: a Long on PostgreSQL and H2, checked anyway). */
    private static Long id(Object column) {
        return column == null ? null : ((Number) column).longValue();
    }
}
