package org.schooljournal.school.control;

import jakarta.persistence.EntityManager;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.schooljournal.identity.entity.AccountRole;

/**
 * Reads and writes the {@code account_role} rows of one school. The table is global (not filtered
 * by the tenant), so every query here names the school explicitly; callers pass the caller's school
 * and only accounts of their own school's staff.
 */
public final class RoleRows {
    private RoleRows() {}

    /** The roles the accounts hold in the school, by account id. */
    public static Map<Long, Set<String>> of(
            EntityManager em, long schoolId, Collection<Long> accountIds) {
        Map<Long, Set<String>> roles = new HashMap<>();
        if (!accountIds.isEmpty()) {
            em.createQuery(
                            "select r.accountId, r.role from AccountRole r"
                                    + " where r.schoolId = :school and r.accountId in :ids",
                            Object[].class)
                    .setParameter("school", schoolId)
                    .setParameter("ids", List.copyOf(accountIds))
                    .getResultList()
                    .forEach(
                            r ->
                                    roles.computeIfAbsent((Long) r[0], k -> new HashSet<>())
                                            .add((String) r[1]));
        }
        return roles;
    }

    /** The roles one account holds in the school. */
    public static Set<String> of(EntityManager em, long schoolId, long accountId) {
        return of(em, schoolId, Set.of(accountId)).getOrDefault(accountId, Set.of());
    }

    /** Gives the account the role in the school unless it holds it already. */
    public static void grant(EntityManager em, long schoolId, long accountId, String role) {
        if (!of(em, schoolId, accountId).contains(role)) {
            em.persist(new AccountRole(accountId, schoolId, role));
            em.flush();
        }
    }

    /** Takes the role in the school away from the account, if it holds it. */
    public static void revoke(EntityManager em, long schoolId, long accountId, String role) {
        em.createQuery(
                        "delete from AccountRole r where r.accountId = :account"
                                + " and r.schoolId = :school and r.role = :role")
                .setParameter("account", accountId)
                .setParameter("school", schoolId)
                .setParameter("role", role)
                .executeUpdate();
    }

    /** Per role, how many accounts hold it in the school. */
    public static Map<String, Long> holders(
            EntityManager em, long schoolId, Collection<String> roles) {
        Map<String, Long> holders = new HashMap<>();
        em.createQuery(
                        "select r.role, count(distinct r.accountId) from AccountRole r"
                                + " where r.schoolId = :school and r.role in :roles group by r.role",
                        Object[].class)
                .setParameter("school", schoolId)
                .setParameter("roles", List.copyOf(roles))
                .getResultList()
                .forEach(r -> holders.put((String) r[0], (Long) r[1]));
        return holders;
    }
}
