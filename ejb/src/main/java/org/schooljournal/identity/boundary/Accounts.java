package org.schooljournal.identity.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.security.Principal;
import org.schooljournal.identity.entity.Account;
import org.schooljournal.platform.control.Identities;
import org.schooljournal.platform.control.SchoolDirectory;
import org.schooljournal.platform.entity.JournalException;
import org.schooljournal.platform.entity.Role;

/** The caller's own account: who it is and which roles it holds where. */
@Stateless
@RolesAllowed({
    Role.MUNICIPAL_ADMIN,
    Role.SCHOOL_ADMIN,
    Role.HEAD,
    Role.DEPUTY_HEAD,
    Role.TEACHER,
    Role.CLASS_TEACHER,
    Role.PUPIL,
    Role.PARENT,
    Role.ARCHIVIST
})
public class Accounts {
    @PersistenceContext EntityManager em;

    @Inject Principal principal;

    @Inject Identities identities;

    @Inject SchoolDirectory schools;

    public Profile me() {
        Account account =
                em.createNamedQuery("Account.byLogin", Account.class)
                        .setParameter("login", principal.getName())
                        .getResultStream()
                        .findFirst()
                        .orElseThrow(JournalException::forbidden);
        Identities.Identity identity = identities.of(account.getLogin());
        Long schoolId = identity.schoolId();
        String schoolName = schoolId == null ? null : schools.name(schoolId).orElse(null);
        return new Profile(account.getLogin(), account.getFullName(), schoolName, identity.roles());
    }
}
