package org.schooljournal.diary.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.schooljournal.diary.control.AccessSlips;
import org.schooljournal.identity.control.InitialPasswords;
import org.schooljournal.identity.entity.Account;
import org.schooljournal.platform.control.Caller;
import org.schooljournal.platform.control.SchoolClock;
import org.schooljournal.platform.control.Tenanted;
import org.schooljournal.platform.entity.JournalException;
import org.schooljournal.platform.entity.Role;
import org.schooljournal.school.control.RoleRows;
import org.schooljournal.school.entity.School;
import org.schooljournal.school.entity.Staff;

/**
 * R-A04: the school administrator resets the password of any account of its school (staff, pupils,
 * parents: an account holding a role in the school). The new password is a one-time one, shown once
 * (and printed as a slip by the slip printer of the access slips); its holder must choose its own
 * at the next sign-in. The old password stops working at once, and a session signed in with it ends
 * at its next request (the account's session stamp changes with the hash).
 */
@Stateless
@Tenanted
@RolesAllowed(Role.SCHOOL_ADMIN)
public class PasswordResets {
    /** The new one-time password, shown only this once, and its slip (A4, PDF/A-2b). */
    public record Reset(String login, String fullName, String password, byte[] slip) {}

    @PersistenceContext EntityManager em;

    @Inject Caller caller;

    @Inject SchoolClock schoolClock;

    @Inject Pbkdf2PasswordHash passwordHash;

    /**
     * @param address the diary's address printed on the slip
     * @param locale the caller's language, the slip's
     * @throws JournalException NOT_FOUND for a login that holds no role in the caller's school (as
     *     a missing one)
     */
    public Reset reset(
            @NotBlank @Size(max = 100) String login,
            @NotBlank @Size(max = 200) String address,
            @NotNull Locale locale) {
        Account account =
                em.createNamedQuery("Account.byLogin", Account.class)
                        .setParameter("login", login.strip())
                        .getResultStream()
                        .findFirst()
                        .orElseThrow(() -> JournalException.notFound("account " + login));
        Set<String> roles = RoleRows.of(em, caller.schoolId(), account.getId());
        if (roles.isEmpty()) {
            throw JournalException.notFound("account " + login);
        }
        String password = InitialPasswords.generate();
        passwordHash.initialize(Map.of());
        account.oneTimePassword(passwordHash.generate(password.toCharArray()));
        em.flush();
        AccessSlips.Holder role =
                roles.contains(Role.PUPIL)
                        ? AccessSlips.Holder.PUPIL
                        : roles.contains(Role.PARENT)
                                ? AccessSlips.Holder.PARENT
                                : AccessSlips.Holder.STAFF;
        String issuer =
                em.createNamedQuery("Staff.ofAccount", Staff.class)
                        .setParameter("accountId", caller.accountId())
                        .getResultStream()
                        .findFirst()
                        .map(Staff::getShortName)
                        .orElse(caller.login());
        School school = em.find(School.class, caller.schoolId());
        byte[] slip =
                AccessSlips.print(
                        school.getName(),
                        address,
                        issuer,
                        schoolClock.today(),
                        List.of(
                                new AccessSlips.Slip(
                                        account.getFullName(), role, account.getLogin(), password)),
                        locale);
        return new Reset(account.getLogin(), account.getFullName(), password, slip);
    }
}
