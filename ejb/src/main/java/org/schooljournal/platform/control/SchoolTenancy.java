package org.schooljournal.platform.control;

import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;
import jakarta.persistence.EntityManager;
import java.security.Principal;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.schooljournal.platform.entity.JournalException;
import org.schooljournal.platform.entity.SchoolOwned;

/**
 * The one place where tenant isolation is switched on (R-T01): before a boundary method runs, the
 * caller's school becomes the EclipseLink tenant of the transaction's persistence context, so every
 * read and write of school-owned data is confined to it.
 */
@Tenanted
@Interceptor
@Priority(Interceptor.Priority.APPLICATION)
public class SchoolTenancy {
    @Inject EntityManager em;

    @Inject Principal principal;

    @Inject Caller caller;

    @AroundInvoke
    Object withinSchool(InvocationContext invocation) throws Exception {
        String login = principal.getName();
        if (!caller.isResolvedFor(login)) {
            resolve(login);
        }
        if (caller.schoolId() == null) {
            throw JournalException.forbidden();
        }
        em.setProperty(SchoolOwned.TENANT_PROPERTY, caller.schoolId());
        return invocation.proceed();
    }

    private void resolve(String login) {
        List<Object[]> rows =
                em.createNamedQuery("Account.rolesByLogin", Object[].class)
                        .setParameter("login", login)
                        .getResultList();
        if (rows.isEmpty()) {
            throw JournalException.forbidden();
        }
        Long accountId = (Long) rows.get(0)[0];
        // A person with roles in several schools works in the first one for now; switching the
        // school within a session is a later feature.
        Long schoolId =
                rows.stream()
                        .map(r -> (Long) r[1])
                        .filter(s -> s != null)
                        .min(Long::compare)
                        .orElse(null);
        Set<String> roles = new HashSet<>();
        for (Object[] row : rows) {
            if (row[1] == null || row[1].equals(schoolId)) {
                roles.add((String) row[2]);
            }
        }
        caller.resolve(login, accountId, schoolId, roles);
    }
}
