package org.schooljournal.diary.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.schooljournal.diary.control.ConsentQueries;
import org.schooljournal.diary.control.ConsentRule;
import org.schooljournal.diary.control.FamilyAccessQueries;
import org.schooljournal.diary.control.Letters;
import org.schooljournal.diary.control.MailOutbox;
import org.schooljournal.diary.control.MailSession;
import org.schooljournal.diary.entity.MailSetting;
import org.schooljournal.people.entity.Guardian;
import org.schooljournal.people.entity.Pupil;
import org.schooljournal.platform.control.Caller;
import org.schooljournal.platform.control.Tenanted;
import org.schooljournal.platform.entity.JournalException;
import org.schooljournal.platform.entity.Role;
import org.schooljournal.school.entity.School;
import org.schooljournal.school.entity.SchoolClass;
import org.schooljournal.school.entity.Staff;

/**
 * E-mail to families: a parent chooses its letters (R-D02), the homeroom teacher sends its class's
 * parents the letter about the diary (R-D04). Letters are only queued here ({@link MailOutbox});
 * none goes to a parent who refused or has not consented (R-A05, {@link ConsentRule#mayMail}), nor
 * to one who opted out.
 */
@Stateless
@Tenanted
public class FamilyMail {
    @PersistenceContext EntityManager em;

    @Inject Caller caller;

    @Inject ConsentQueries queries;

    @Inject FamilyAccessQueries classQueries;

    @Inject MailSession mail;

    @EJB MailOutbox outbox;

    /** The caller's choice (its first parent row's; a parent has one per school). */
    @RolesAllowed(Role.PARENT)
    public MailSettingsData settings() {
        List<Guardian> own = queries.guardiansOf(caller.accountId());
        if (own.isEmpty()) {
            throw JournalException.notFound("parent " + caller.accountId());
        }
        Guardian g = own.get(0);
        MailSetting s = settingsOf(own).getOrDefault(g.getId(), new MailSetting(g.getId()));
        return new MailSettingsData(
                s.getFrequency(),
                s.isMarks(),
                s.isAbsences(),
                s.isMessages(),
                s.isHomework(),
                s.getLanguage(),
                g.getEmail() != null && !g.getEmail().isBlank(),
                ConsentRule.mayMail(g.getConsent()));
    }

    /** Stores the caller's choice for each of its parent rows in the school. */
    @RolesAllowed(Role.PARENT)
    public MailSettingsData save(@NotNull @Valid MailSettingsData in) {
        List<Guardian> own = queries.guardiansOf(caller.accountId());
        if (own.isEmpty()) {
            throw JournalException.notFound("parent " + caller.accountId());
        }
        Map<Long, MailSetting> known = settingsOf(own);
        for (Guardian g : own) {
            MailSetting s = known.get(g.getId());
            if (s == null) {
                s = new MailSetting(g.getId());
                em.persist(s);
            }
            s.choose(
                    in.frequency(),
                    in.marks(),
                    in.absences(),
                    in.messages(),
                    in.homework(),
                    in.language());
        }
        em.flush();
        return settings();
    }

    /**
     * Queues the letter about the diary to every parent of the class who may get it; the others are
     * named with why not.
     *
     * @param address the diary's address written in the letter
     */
    @RolesAllowed({Role.TEACHER, Role.CLASS_TEACHER})
    public InvitationResult invite(long classId, @NotBlank @Size(max = 200) String address) {
        SchoolClass schoolClass = em.find(SchoolClass.class, classId);
        Staff teacher = schoolClass == null ? null : schoolClass.getClassTeacher();
        if (teacher == null || !caller.accountId().equals(teacher.getAccountId())) {
            throw JournalException.notFound("class " + classId);
        }
        if (!mail.enabled()) {
            throw new JournalException(JournalException.Kind.INVALID, "mail.off");
        }
        Map<Long, Guardian> parents = new LinkedHashMap<>();
        for (Pupil p : classQueries.pupilsWithGuardians(classId)) {
            p.getGuardians().forEach(g -> parents.putIfAbsent(g.getId(), g));
        }
        Map<Long, MailSetting> settings = settingsOf(new ArrayList<>(parents.values()));
        Map<Long, String> logins = logins(parents.values());
        String school = em.find(School.class, caller.schoolId()).getName();
        List<MailOutbox.Queued> letters = new ArrayList<>();
        List<InvitationResult.NotSent> notSent = new ArrayList<>();
        for (Guardian g : parents.values()) {
            MailSetting s = settings.get(g.getId());
            String why = whyNot(g, s);
            if (why != null) {
                notSent.add(new InvitationResult.NotSent(g.getFullName(), why));
                continue;
            }
            Locale locale = Locale.forLanguageTag(s == null ? "ru" : s.getLanguage());
            Letters.Letter letter =
                    Letters.invitation(
                            locale,
                            g.getFullName(),
                            school,
                            schoolClass.getTitle(),
                            teacher.getShortName(),
                            address,
                            logins.get(g.getAccountId()));
            letters.add(
                    new MailOutbox.Queued(g.getId(), "INVITATION", g.getEmail().strip(), letter));
        }
        outbox.queue(caller.schoolId(), letters);
        return new InvitationResult(letters.size(), notSent);
    }

    /** Why a parent gets no letter, or null when it may get one. */
    static String whyNot(Guardian g, MailSetting s) {
        if (g.hasRefusedConsent()) {
            return "REFUSED";
        }
        if (!ConsentRule.mayMail(g.getConsent())) {
            return "NO_CONSENT";
        }
        if (g.getEmail() == null || g.getEmail().isBlank()) {
            return "NO_EMAIL";
        }
        if (s != null && MailSetting.NONE.equals(s.getFrequency())) {
            return "OPTED_OUT";
        }
        return null;
    }

    private Map<Long, MailSetting> settingsOf(List<Guardian> guardians) {
        List<Long> ids = new ArrayList<>(List.of(-1L));
        guardians.forEach(g -> ids.add(g.getId()));
        Map<Long, MailSetting> byGuardian = new HashMap<>();
        em.createNamedQuery("MailSetting.ofGuardians", MailSetting.class)
                .setParameter("ids", ids)
                .getResultList()
                .forEach(s -> byGuardian.put(s.getGuardianId(), s));
        return byGuardian;
    }

    private Map<Long, String> logins(Iterable<Guardian> guardians) {
        List<Long> ids = new ArrayList<>(List.of(-1L));
        guardians.forEach(
                g -> {
                    if (g.getAccountId() != null) {
                        ids.add(g.getAccountId());
                    }
                });
        Map<Long, String> byId = new HashMap<>();
        em.createNamedQuery("Account.loginsOf", Object[].class)
                .setParameter("ids", ids)
                .getResultList()
                .forEach(r -> byId.put((Long) r[0], (String) r[1]));
        return byId;
    }
}
