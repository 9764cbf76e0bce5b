package org.schooljournal.identity.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.security.Principal;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.schooljournal.identity.entity.Account;
import org.schooljournal.platform.entity.JournalException;
import org.schooljournal.platform.entity.Role;
import org.schooljournal.school.entity.School;

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

    public Profile me() {
        Account account =
                em.createNamedQuery("Account.byLogin", Account.class)
                        .setParameter("login", principal.getName())
                        .getResultStream()
                        .findFirst()
                        .orElseThrow(JournalException::forbidden);
        List<Object[]> rows =
                em.createNamedQuery("Account.rolesByLogin", Object[].class)
                        .setParameter("login", account.getLogin())
                        .getResultList();
        Long schoolId =
                rows.stream()
                        .map(r -> (Long) r[1])
                        .filter(s -> s != null)
                        .min(Long::compare)
                        .orElse(null);
        Set<String> roles = new HashSet<>();
        rows.stream()
                .filter(r -> r[1] == null || r[1].equals(schoolId))
                .forEach(r -> roles.add((String) r[2]));
        String schoolName = schoolId == null ? null : em.find(School.class, schoolId).getName();
        return new Profile(account.getLogin(), account.getFullName(), schoolName, roles);
    }
}
