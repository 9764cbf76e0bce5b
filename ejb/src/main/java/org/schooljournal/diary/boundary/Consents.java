package org.schooljournal.diary.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.schooljournal.diary.control.ConsentQueries;
import org.schooljournal.diary.control.ConsentRule;
import org.schooljournal.diary.control.FamilyAccessQueries;
import org.schooljournal.diary.entity.GuardianConsent;
import org.schooljournal.identity.entity.Account;
import org.schooljournal.people.entity.Guardian;
import org.schooljournal.people.entity.Pupil;
import org.schooljournal.platform.control.Caller;
import org.schooljournal.platform.control.SchoolClock;
import org.schooljournal.platform.control.Tenanted;
import org.schooljournal.platform.entity.JournalException;
import org.schooljournal.platform.entity.Role;
import org.schooljournal.school.entity.SchoolClass;

/**
 * R-A05: each parent's consent or refusal to the processing of its personal data (152-FZ), recorded
 * from the signed paper with its date and reference by the homeroom teacher of a child's class or
 * by the school's deputy head or administrator. A new decision is a new record; the history is kept
 * and the latest one counts ({@link ConsentRule}). The head, the deputy and the administrator see
 * every class's list with the parents' status; a teacher only the classes it leads.
 */
@Stateless
@Tenanted
@RolesAllowed(Role.STAFF)
public class Consents {
    @PersistenceContext EntityManager em;

    @Inject Caller caller;

    @Inject SchoolClock schoolClock;

    @Inject Clock clock;

    @Inject ConsentQueries queries;

    @Inject FamilyAccessQueries classQueries;

    /** Records a parent's decision; it becomes the parent's current one. */
    public ConsentData record(
            long guardianId,
            @NotBlank String decision,
            @NotNull LocalDate decidedOn,
            @NotBlank @Size(max = 100) String paperRef) {
        Guardian guardian = em.find(Guardian.class, guardianId);
        if (guardian == null || !mayRecord(guardianId)) {
            throw JournalException.notFound("parent " + guardianId);
        }
        String code = ConsentRule.checked(decision, decidedOn, schoolClock.today());
        GuardianConsent consent =
                new GuardianConsent(
                        guardianId,
                        code,
                        decidedOn,
                        paperRef.strip(),
                        caller.accountId(),
                        clock.instant());
        em.persist(consent);
        guardian.decideConsent(code);
        em.flush();
        return view(consent);
    }

    /** The parent's decisions, newest first. */
    public List<ConsentData> history(long guardianId) {
        if (em.find(Guardian.class, guardianId) == null || !mayRead(guardianId)) {
            throw JournalException.notFound("parent " + guardianId);
        }
        return em
                .createNamedQuery("GuardianConsent.history", GuardianConsent.class)
                .setParameter("guardianId", guardianId)
                .getResultList()
                .stream()
                .map(this::view)
                .toList();
    }

    /** The classes whose lists the caller sees: every class for the head, deputy, administrator. */
    public List<FamilyAccessList.ClassChoice> classes() {
        List<SchoolClass> shown =
                oversees()
                        ? queries.currentClasses()
                        : classQueries.classesOfClassTeacher(caller.accountId());
        return shown.stream()
                .map(c -> new FamilyAccessList.ClassChoice(c.getId(), c.getTitle()))
                .toList();
    }

    /** The class's pupils and their parents with each parent's latest decision. */
    public ConsentData.ClassList classList(long classId) {
        SchoolClass schoolClass = em.find(SchoolClass.class, classId);
        if (schoolClass == null || !(oversees() || leads(schoolClass))) {
            throw JournalException.notFound("class " + classId);
        }
        List<Pupil> pupils = classQueries.pupilsWithGuardians(classId);
        List<Guardian> guardians = new ArrayList<>();
        pupils.forEach(p -> guardians.addAll(p.getGuardians()));
        Map<Long, GuardianConsent> latest = queries.latest(guardians);
        List<ConsentData.Row> rows = new ArrayList<>();
        for (Pupil p : pupils) {
            p.getGuardians().stream()
                    .sorted(Comparator.comparing(Guardian::getFullName))
                    .forEach(
                            g -> {
                                GuardianConsent c = latest.get(g.getId());
                                rows.add(
                                        new ConsentData.Row(
                                                p.getId(),
                                                p.getFullName(),
                                                g.getId(),
                                                g.getFullName(),
                                                g.getEmail() != null && !g.getEmail().isBlank(),
                                                g.getConsent(),
                                                c == null ? null : c.getDecidedOn(),
                                                c == null ? null : c.getPaperRef()));
                            });
        }
        return new ConsentData.ClassList(classId, schoolClass.getTitle(), rows);
    }

    private boolean oversees() {
        return caller.has(Role.DEPUTY_HEAD)
                || caller.has(Role.HEAD)
                || caller.has(Role.SCHOOL_ADMIN);
    }

    private boolean mayRecord(long guardianId) {
        return caller.has(Role.DEPUTY_HEAD)
                || caller.has(Role.SCHOOL_ADMIN)
                || queries.leadsClassOf(guardianId, caller.accountId());
    }

    private boolean mayRead(long guardianId) {
        return oversees() || queries.leadsClassOf(guardianId, caller.accountId());
    }

    private boolean leads(SchoolClass c) {
        return c.getClassTeacher() != null
                && caller.accountId().equals(c.getClassTeacher().getAccountId());
    }

    private ConsentData view(GuardianConsent c) {
        Account by = em.find(Account.class, c.getRecordedBy());
        return new ConsentData(
                c.getGuardianId(),
                c.getDecision(),
                c.getDecidedOn(),
                c.getPaperRef(),
                by == null ? null : by.getFullName(),
                c.getRecordedAt());
    }
}
