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
    /** The account, its school (null for municipality-wide roles only) and its roles there. */
    public record Identity(Long accountId, Long schoolId, Set<String> roles) {}

    @Inject EntityManager em;

    public Identity of(String login) {
        List<Object[]> rows =
                em.createNamedQuery("Account.rolesByLogin", Object[].class)
                        .setParameter("login", login)
                        .getResultList();
        if (rows.isEmpty()) {
            throw JournalException.forbidden();
        }
        Long schoolId =
                rows.stream()
                        .map(r -> (Long) r[1])
                        .filter(Objects::nonNull)
                        .min(Long::compare)
                        .orElse(null);
        Set<String> roles = new HashSet<>();
        for (Object[] row : rows) {
            if (row[1] == null || row[1].equals(schoolId)) {
                roles.add((String) row[2]);
            }
        }
        return new Identity((Long) rows.get(0)[0], schoolId, roles);
    }
}
