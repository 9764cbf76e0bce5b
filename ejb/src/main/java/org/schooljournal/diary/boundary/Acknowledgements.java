package org.schooljournal.diary.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.schooljournal.diary.control.ClassFamilies;
import org.schooljournal.diary.control.ReadReceipts;
import org.schooljournal.diary.control.Staleness;
import org.schooljournal.diary.entity.ParentMessage;
import org.schooljournal.people.entity.Guardian;
import org.schooljournal.people.entity.Pupil;
import org.schooljournal.platform.control.Caller;
import org.schooljournal.platform.control.Tenanted;
import org.schooljournal.platform.entity.JournalException;
import org.schooljournal.platform.entity.Role;
import org.schooljournal.school.entity.SchoolClass;

/**
 * R-A06: the homeroom teacher (its classes) and the deputy head and head (the school's) see who of
 * a class's families has not looked at the diary for N days and which messages of those days are
 * unread by whom, and remind them: a reminder is a message to the pupil's parents in the diary,
 * through the teachers' messages (and the e-mail that carries them, where there is one).
 */
@Stateless
@Tenanted
@RolesAllowed({Role.TEACHER, Role.CLASS_TEACHER, Role.DEPUTY_HEAD, Role.HEAD})
public class Acknowledgements {
    @PersistenceContext EntityManager em;

    @Inject Caller caller;

    @Inject Clock clock;

    /** The classes the caller follows: its own as homeroom teacher, all for the deputy and head. */
    public List<FamilyAccessList.ClassChoice> classes() {
        return ClassFamilies.followedClasses(em, caller).stream()
                .map(c -> new FamilyAccessList.ClassChoice(c.getId(), c.getTitle()))
                .toList();
    }

    /**
     * The class's readers (pupils and parents with an account) with their last visit, those who
     * have not looked for {@code days} days first; the messages of those days with the parents who
     * have not opened them. Five queries whatever the size of the class.
     */
    public AcknowledgementList of(
            long classId, @Min(Staleness.MIN_DAYS) @Max(Staleness.MAX_DAYS) int days) {
        SchoolClass schoolClass = ClassFamilies.followed(em, caller, classId);
        Instant now = clock.instant();
        Instant since = Staleness.since(now, days);
        List<Pupil> pupils = ClassFamilies.pupilsOf(em, classId);
        Map<Long, String> logins = ClassFamilies.logins(em, pupils);
        Map<String, Instant> visits = ClassFamilies.lastVisits(em, classId);
        List<AcknowledgementList.Reader> readers = new ArrayList<>();
        for (Pupil p : pupils) {
            add(
                    readers,
                    p,
                    p.getAccountId(),
                    p.getFullName(),
                    AcknowledgementList.PUPIL,
                    logins,
                    visits,
                    now,
                    days);
            for (Guardian g : guardians(p)) {
                add(
                        readers,
                        p,
                        g.getAccountId(),
                        g.getFullName(),
                        AcknowledgementList.PARENT,
                        logins,
                        visits,
                        now,
                        days);
            }
        }
        // those who have not looked first, the class's order kept within each part
        readers.sort(Comparator.comparing((AcknowledgementList.Reader r) -> !r.stale()));

        Map<Long, Pupil> byId = new java.util.HashMap<>();
        pupils.forEach(p -> byId.put(p.getId(), p));
        Set<String> read = ReadReceipts.ofClass(em, caller.schoolId(), classId, since);
        List<AcknowledgementList.Unread> unread = new ArrayList<>();
        for (ParentMessage m : ClassFamilies.messagesSince(em, classId, since)) {
            Pupil p = byId.get(m.getPupilId());
            if (p == null) {
                continue; // a pupil who has left the class meanwhile
            }
            List<String> notYet =
                    guardians(p).stream()
                            .filter(g -> g.getAccountId() != null)
                            .filter(g -> !read.contains(m.getId() + "|" + g.getAccountId()))
                            .map(Guardian::getFullName)
                            .toList();
            if (!notYet.isEmpty()) {
                unread.add(
                        new AcknowledgementList.Unread(
                                m.getId(),
                                p.getId(),
                                p.getFullName(),
                                m.getKind().name(),
                                m.getBody(),
                                m.getCreatedAt(),
                                notYet));
            }
        }
        return new AcknowledgementList(
                classId, schoolClass.getTitle(), days, List.copyOf(readers), List.copyOf(unread));
    }

    /**
     * Reminds the parents (with an account) of the class's pupils who have not looked at the diary
     * for {@code days} days: one reminder in each such pupil's diary, with the caller's text.
     *
     * @return how many pupils' parents were reminded
     * @throws JournalException INVALID for an empty or too long text
     */
    public int remind(
            long classId,
            @Min(Staleness.MIN_DAYS) @Max(Staleness.MAX_DAYS) int days,
            @Size(max = ParentMessage.MAX_BODY) String text) {
        ClassFamilies.followed(em, caller, classId);
        Instant now = clock.instant();
        List<Pupil> pupils = ClassFamilies.pupilsOf(em, classId);
        Map<String, Instant> visits = ClassFamilies.lastVisits(em, classId);
        int reminded = 0;
        for (Pupil p : pupils) {
            boolean someoneStale =
                    guardians(p).stream()
                            .filter(g -> g.getAccountId() != null)
                            .anyMatch(
                                    g ->
                                            Staleness.stale(
                                                    visits.get(g.getAccountId() + "|" + p.getId()),
                                                    now,
                                                    days));
            if (someoneStale) {
                em.persist(
                        new ParentMessage(
                                null,
                                p.getId(),
                                ParentMessage.Kind.REMINDER,
                                text,
                                caller.login(),
                                now));
                reminded++;
            }
        }
        em.flush();
        return reminded;
    }

    private static List<Guardian> guardians(Pupil p) {
        return p.getGuardians().stream()
                .sorted(Comparator.comparing(Guardian::getFullName))
                .toList();
    }

    private static void add(
            List<AcknowledgementList.Reader> readers,
            Pupil p,
            Long accountId,
            String name,
            String role,
            Map<Long, String> logins,
            Map<String, Instant> visits,
            Instant now,
            int days) {
        if (accountId == null) {
            return; // no account: nothing to look with (the family access list issues one)
        }
        Instant last = visits.get(accountId + "|" + p.getId());
        readers.add(
                new AcknowledgementList.Reader(
                        p.getId(),
                        p.getFullName(),
                        name,
                        role,
                        logins.get(accountId),
                        last,
                        Staleness.stale(last, now, days)));
    }
}
