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
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.schooljournal.diary.control.AccessSlips;
import org.schooljournal.diary.control.ClassFamilies;
import org.schooljournal.diary.control.ConsentRule;
import org.schooljournal.diary.control.FamilyAccessQueries;
import org.schooljournal.diary.control.FamilyLogins;
import org.schooljournal.identity.control.InitialPasswords;
import org.schooljournal.identity.entity.Account;
import org.schooljournal.identity.entity.AccountRole;
import org.schooljournal.people.entity.Guardian;
import org.schooljournal.people.entity.Pupil;
import org.schooljournal.platform.control.Caller;
import org.schooljournal.platform.control.SchoolClock;
import org.schooljournal.platform.control.Tenanted;
import org.schooljournal.platform.entity.JournalException;
import org.schooljournal.platform.entity.Role;
import org.schooljournal.school.entity.School;
import org.schooljournal.school.entity.SchoolClass;
import org.schooljournal.school.entity.Staff;

/**
 * R-A04: the homeroom teacher issues logins and one-time passwords to its class's pupils and their
 * parents (the imported guardians), all or selected, printed as slips; the first sign-in forces a
 * new password (the staff accounts' rule, {@link Account#oneTimePassword}). It sees who has signed
 * in. Only the class's own homeroom teacher: any other caller finds no such class.
 */
@Stateless
@Tenanted
@RolesAllowed({Role.TEACHER, Role.CLASS_TEACHER})
public class FamilyAccess {
    /** The most slips one request prints: a class and its parents, twice over. */
    public static final int MAX_SLIPS = 200;

    @PersistenceContext EntityManager em;

    @Inject Caller caller;

    @Inject FamilyAccessQueries queries;

    @Inject SchoolClock schoolClock;

    @Inject Pbkdf2PasswordHash passwordHash;

    /** The classes the caller is the homeroom teacher of (not graduated), by title. */
    public List<FamilyAccessList.ClassChoice> myClasses() {
        return queries.classesOfClassTeacher(caller.accountId()).stream()
                .map(c -> new FamilyAccessList.ClassChoice(c.getId(), c.getTitle()))
                .toList();
    }

    /** The class's pupils (by name) each followed by its parents, with their access. */
    public FamilyAccessList list(long classId) {
        SchoolClass schoolClass = ownClass(classId);
        List<Pupil> pupils = pupilsOf(classId);
        Map<Long, Account> accounts = accountsOf(pupils);
        List<FamilyAccessList.Person> people = new ArrayList<>();
        for (Pupil p : pupils) {
            people.add(
                    person(p.getId(), null, p.getFullName(), accounts.get(p.getAccountId()), null));
            p.getGuardians().stream()
                    .sorted(Comparator.comparing(Guardian::getFullName))
                    .forEach(
                            g ->
                                    people.add(
                                            person(
                                                    p.getId(),
                                                    g.getId(),
                                                    g.getFullName(),
                                                    accounts.get(g.getAccountId()),
                                                    g.getConsent())));
        }
        return new FamilyAccessList(classId, schoolClass.getTitle(), people);
    }

    /**
     * Issues access to the selected pupils and parents of the class ({@code keys} as {@link
     * FamilyAccessList.Person#key()}) and prints their slips: an account with a one-time password
     * for one without, a new one-time password for one that has not signed in yet. Those who have
     * signed in keep their password (a reset is the school administrator's) and get no slip.
     *
     * @param address the diary's address printed on the slips
     * @param locale the caller's language, the slips'
     */
    public IssuedSlips issue(
            long classId,
            @NotNull @Size(min = 1, max = MAX_SLIPS) Set<String> keys,
            @NotBlank @Size(max = 200) String address,
            @NotNull Locale locale) {
        SchoolClass schoolClass = ownClass(classId);
        List<Pupil> pupils = pupilsOf(classId);
        Map<Long, Account> accounts = accountsOf(pupils);
        Set<String> unknown = new HashSet<>(keys);
        List<AccessSlips.Slip> slips = new ArrayList<>();
        List<String> skipped = new ArrayList<>();
        passwordHash.initialize(Map.of());
        for (Pupil p : pupils) {
            String holder = p.getFullName() + ", " + schoolClass.getTitle();
            if (unknown.remove("p" + p.getId())) {
                issueTo(
                        accounts.get(p.getAccountId()),
                        p.getLastName(),
                        p.getFirstName(),
                        p.getFullName(),
                        Role.PUPIL,
                        p::linkAccount,
                        AccessSlips.Holder.PUPIL,
                        holder,
                        slips,
                        skipped);
            }
            for (Guardian g : p.getGuardians()) {
                if (!unknown.remove("g" + g.getId())) {
                    continue;
                }
                if (!ConsentRule.electronicAccess(g.getConsent())) {
                    // R-A05: a parent who refused gets no login, only paper
                    skipped.add(g.getFullName());
                } else {
                    String[] name = g.getFullName().split(" ");
                    issueTo(
                            accounts.get(g.getAccountId()),
                            name[0],
                            name.length > 1 ? name[1] : "",
                            g.getFullName(),
                            Role.PARENT,
                            g::linkAccount,
                            AccessSlips.Holder.PARENT,
                            g.getFullName() + " (" + holder + ")",
                            slips,
                            skipped);
                }
            }
        }
        if (!unknown.isEmpty()) {
            throw JournalException.notFound("pupil or parent " + unknown.iterator().next());
        }
        em.flush();
        Staff teacher = schoolClass.getClassTeacher();
        School school = em.find(School.class, caller.schoolId());
        byte[] pdf =
                AccessSlips.print(
                        school.getName(),
                        address,
                        teacher.getShortName(),
                        schoolClock.today(),
                        slips,
                        locale);
        return new IssuedSlips(pdf, slips.size(), skipped);
    }

    private void issueTo(
            Account account,
            String lastName,
            String firstName,
            String fullName,
            String role,
            java.util.function.Consumer<Long> link,
            AccessSlips.Holder roleLabel,
            String holder,
            List<AccessSlips.Slip> slips,
            List<String> skipped) {
        if (account != null && !account.isPasswordChangeRequired()) {
            skipped.add(fullName);
            return;
        }
        String password = InitialPasswords.generate();
        String hash = passwordHash.generate(password.toCharArray());
        if (account == null) {
            String base = FamilyLogins.base(lastName, firstName);
            Set<String> taken = new HashSet<>(queries.loginsLike(base));
            account = new Account(FamilyLogins.unique(base, taken), hash, fullName);
            em.persist(account);
            em.flush();
            em.persist(new AccountRole(account.getId(), caller.schoolId(), role));
            link.accept(account.getId());
        }
        // shown once on the slip: the holder must choose its own at the first sign-in
        account.oneTimePassword(hash);
        slips.add(new AccessSlips.Slip(holder, roleLabel, account.getLogin(), password));
    }

    private static FamilyAccessList.Person person(
            long pupilId, Long guardianId, String name, Account account, String consent) {
        FamilyAccessList.Status status =
                account == null
                        ? FamilyAccessList.Status.NONE
                        : account.isPasswordChangeRequired()
                                ? FamilyAccessList.Status.ISSUED
                                : FamilyAccessList.Status.SIGNED_IN;
        return new FamilyAccessList.Person(
                pupilId,
                guardianId,
                name,
                account == null ? null : account.getLogin(),
                status,
                consent);
    }

    /** The class if the caller is its homeroom teacher; otherwise "not found", as a missing one. */
    private SchoolClass ownClass(long classId) {
        SchoolClass c = em.find(SchoolClass.class, classId);
        Staff teacher = c == null ? null : c.getClassTeacher();
        if (teacher == null || !caller.accountId().equals(teacher.getAccountId())) {
            throw JournalException.notFound("class " + classId);
        }
        return c;
    }

    /** The class's pupils who have not left, with their parents (one query each). */
    private List<Pupil> pupilsOf(long classId) {
        return queries.pupilsWithGuardians(classId);
    }

    /** The accounts of the pupils and their parents by id, in one query. */
    private Map<Long, Account> accountsOf(List<Pupil> pupils) {
        Map<Long, Account> byId = new HashMap<>();
        queries.accounts(ClassFamilies.accountIds(pupils)).forEach(a -> byId.put(a.getId(), a));
        return byId;
    }
}
