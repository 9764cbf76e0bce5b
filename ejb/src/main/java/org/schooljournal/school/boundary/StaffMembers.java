package org.schooljournal.school.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.schooljournal.identity.control.InitialPasswords;
import org.schooljournal.identity.entity.Account;
import org.schooljournal.identity.entity.AccountRole;
import org.schooljournal.platform.control.Caller;
import org.schooljournal.platform.control.SchoolClock;
import org.schooljournal.platform.control.Tenanted;
import org.schooljournal.platform.entity.JournalException;
import org.schooljournal.platform.entity.Role;
import org.schooljournal.school.control.RoleRows;
import org.schooljournal.school.control.StaffRoles;
import org.schooljournal.school.entity.Staff;

/**
 * The staff of the caller's school with their positions and roles (R-S04, R-A01). The head and the
 * school administrator add staff (each with an account and a one-time password) and change their
 * roles; the deputy head reads. Roles live in the global {@code account_role} table, so every row
 * written or deleted here carries the caller's school and belongs to staff of that school; a school
 * never loses its last head or school administrator.
 */
@Stateless
@Tenanted
@RolesAllowed({Role.SCHOOL_ADMIN, Role.HEAD})
public class StaffMembers {
    /** What a login may consist of: Latin letters, digits, dot, dash and underscore. */
    public static final String LOGIN = "[A-Za-z0-9][A-Za-z0-9._-]{2,99}";

    @PersistenceContext EntityManager em;

    @Inject Caller caller;

    @Inject Pbkdf2PasswordHash passwordHash;

    @Inject SchoolClock schoolClock;

    /** The school's staff by name, with their logins and roles in this school. */
    @RolesAllowed({Role.SCHOOL_ADMIN, Role.HEAD, Role.DEPUTY_HEAD})
    public List<StaffMember> all() {
        List<Staff> staff = em.createNamedQuery("Staff.all", Staff.class).getResultList();
        Set<Long> accountIds = new HashSet<>();
        staff.stream().map(Staff::getAccountId).filter(a -> a != null).forEach(accountIds::add);
        Map<Long, String> logins = logins(accountIds);
        Map<Long, Set<String>> roles = roles(accountIds);
        return staff.stream().map(s -> view(s, logins, roles)).toList();
    }

    /**
     * Adds a member of staff with a new account: a one-time random password (returned here once,
     * only its PBKDF2 hash is stored) and the given roles in the caller's school.
     *
     * @throws JournalException INVALID naming any role a school cannot give; CONFLICT naming a
     *     taken login
     */
    public NewStaffMember add(
            @NotBlank @Size(max = 100) String lastName,
            @NotBlank @Size(max = 100) String firstName,
            @Size(max = 100) String middleName,
            @NotBlank @Size(max = 100) String position,
            @NotBlank @Pattern(regexp = LOGIN) String login,
            @NotNull Set<String> roles) {
        Set<String> wanted = StaffRoles.assignable(roles);
        String account = login.strip();
        if (loginTaken(account)) {
            throw new JournalException(JournalException.Kind.CONFLICT, "staff.loginTaken", account);
        }
        String middle = middleName == null || middleName.isBlank() ? null : middleName.strip();
        Staff draft =
                new Staff(null, lastName.strip(), firstName.strip(), middle, position.strip());
        String password = InitialPasswords.generate();
        passwordHash.initialize(Map.of());
        String hash = passwordHash.generate(password.toCharArray());
        Account created = new Account(account, hash, draft.getFullName());
        // the password is shown once to whoever hands it over: the holder must choose their own
        created.oneTimePassword(hash);
        em.persist(created);
        em.flush();
        Staff staff =
                new Staff(
                        created.getId(),
                        draft.getLastName(),
                        draft.getFirstName(),
                        middle,
                        draft.getPosition());
        em.persist(staff);
        for (String role : wanted) {
            em.persist(new AccountRole(created.getId(), caller.schoolId(), role));
        }
        em.flush();
        return new NewStaffMember(
                view(staff, Map.of(created.getId(), account), Map.of(created.getId(), wanted)),
                account,
                password);
    }

    /**
     * Gives a member of staff exactly these roles in the caller's school.
     *
     * @throws JournalException NOT_FOUND for staff of another school; INVALID naming a role a
     *     school cannot give or when the staff member has no account; CONFLICT naming the role when
     *     it would take the school's last head or school administrator away
     */
    public StaffMember changeRoles(long staffId, @NotNull Set<String> roles) {
        Staff staff = find(staffId);
        Set<String> wanted = StaffRoles.assignable(roles);
        Long accountId = staff.getAccountId();
        if (accountId == null) {
            throw new JournalException(
                    JournalException.Kind.INVALID, "staff.noAccount", staff.getShortName());
        }
        Set<String> current = roles(Set.of(accountId)).getOrDefault(accountId, Set.of());
        StaffRoles.requireKept(
                current, wanted, RoleRows.holders(em, caller.schoolId(), StaffRoles.INDISPENSABLE));
        for (String role : StaffRoles.removed(current, wanted)) {
            RoleRows.revoke(em, caller.schoolId(), accountId, role);
        }
        for (String role : StaffRoles.added(current, wanted)) {
            em.persist(new AccountRole(accountId, caller.schoolId(), role));
        }
        em.flush();
        return view(staff, logins(Set.of(accountId)), roles(Set.of(accountId)));
    }

    /**
     * R-A04: the school lets a member of staff go. From today it cannot sign in (its account is
     * disabled: the identity store refuses it, and a session it holds ends at its next request),
     * and no chooser of new assignments offers it; its journals, marks and audit entries stay as
     * they are, naming it. Its roles stay recorded, so the history reads as it was.
     *
     * @throws JournalException NOT_FOUND for staff of another school; CONFLICT when the caller
     *     would dismiss itself or the school's last head or school administrator
     */
    public StaffMember dismiss(long staffId) {
        Staff staff = find(staffId);
        Long accountId = staff.getAccountId();
        if (accountId != null && accountId.equals(caller.accountId())) {
            throw new JournalException(JournalException.Kind.CONFLICT, "staff.dismissSelf");
        }
        if (accountId != null && !staff.isDismissed()) {
            Set<String> current = roles(Set.of(accountId)).getOrDefault(accountId, Set.of());
            StaffRoles.requireKept(
                    current,
                    Set.of(),
                    RoleRows.holders(em, caller.schoolId(), StaffRoles.INDISPENSABLE));
            Account account = em.find(Account.class, accountId);
            if (account != null) {
                account.disable();
            }
        }
        staff.dismiss(schoolClock.today());
        em.flush();
        return view(
                staff,
                accountId == null ? Map.of() : logins(Set.of(accountId)),
                accountId == null ? Map.of() : roles(Set.of(accountId)));
    }

    private boolean loginTaken(String login) {
        return !em.createNamedQuery("Account.idByLoginIgnoringCase", Long.class)
                .setParameter("login", login)
                .setMaxResults(1)
                .getResultList()
                .isEmpty();
    }

    private Map<Long, String> logins(Collection<Long> accountIds) {
        Map<Long, String> logins = new HashMap<>();
        if (!accountIds.isEmpty()) {
            em.createNamedQuery("Account.loginsOf", Object[].class)
                    .setParameter("ids", List.copyOf(accountIds))
                    .getResultList()
                    .forEach(r -> logins.put((Long) r[0], (String) r[1]));
        }
        return logins;
    }

    private Map<Long, Set<String>> roles(Collection<Long> accountIds) {
        return RoleRows.of(em, caller.schoolId(), accountIds);
    }

    private Staff find(long staffId) {
        Staff staff = em.find(Staff.class, staffId);
        if (staff == null) {
            throw JournalException.notFound("staff " + staffId);
        }
        return staff;
    }

    private static StaffMember view(
            Staff s, Map<Long, String> logins, Map<Long, Set<String>> roles) {
        Set<String> held = s.getAccountId() == null ? Set.of() : roles.get(s.getAccountId());
        List<String> ordered = new ArrayList<>();
        if (held != null) {
            StaffRoles.ASSIGNABLE.stream().filter(held::contains).forEach(ordered::add);
            held.stream().filter(r -> !ordered.contains(r)).sorted().forEach(ordered::add);
        }
        return new StaffMember(
                s.getId(),
                s.getLastName(),
                s.getFirstName(),
                s.getMiddleName(),
                s.getShortName(),
                s.getFullName(),
                s.getPosition(),
                s.getAccountId() == null ? null : logins.get(s.getAccountId()),
                List.copyOf(ordered),
                s.getDismissedOn());
    }
}
