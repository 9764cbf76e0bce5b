package org.schooljournal.platform.control;

import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;
import jakarta.persistence.EntityManager;
import java.security.Principal;
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

    @Inject Identities identities;

    @AroundInvoke
    Object withinSchool(InvocationContext invocation) throws Exception {
        String login = principal.getName();
        if (!caller.isResolvedFor(login)) {
            caller.resolve(login, identities.of(login));
        }
        if (caller.schoolId() == null) {
            throw JournalException.forbidden();
        }
        em.setProperty(SchoolOwned.TENANT_PROPERTY, caller.schoolId());
        return invocation.proceed();
    }
}
