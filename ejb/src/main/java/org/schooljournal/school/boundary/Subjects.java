package org.schooljournal.school.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.schooljournal.platform.control.Tenanted;
import org.schooljournal.platform.entity.JournalException;
import org.schooljournal.platform.entity.Role;
import org.schooljournal.school.control.FederalSubjects;
import org.schooljournal.school.control.FederalSubjects.FederalSubject;
import org.schooljournal.school.entity.Grading;
import org.schooljournal.school.entity.Subject;

/**
 * The subjects of the caller's school (R-S03, R-S14): the federal list (ФБУП) added in one step,
 * the school's own component, and the grading system of each. The head, the deputy head and the
 * school administrator change them; teachers read them. A grading is never changed under marks
 * already given that the new scale would not accept.
 */
@Stateless
@Tenanted
@RolesAllowed({Role.HEAD, Role.DEPUTY_HEAD, Role.SCHOOL_ADMIN})
public class Subjects {
    @PersistenceContext EntityManager em;

    /** The school's subjects by name, with their number of teaching assignments. */
    @RolesAllowed(Role.STAFF)
    public List<SubjectData> all() {
        Map<Long, Long> assignments = new HashMap<>();
        em.createNamedQuery("TeachingAssignment.countBySubject", Object[].class)
                .getResultList()
                .forEach(r -> assignments.put((Long) r[0], (Long) r[1]));
        return subjects().stream()
                .map(s -> view(s, assignments.getOrDefault(s.getId(), 0L)))
                .toList();
    }

    /**
     * Adds the subjects of the federal list that the school lacks, each with its default grading; a
     * subject the school already has under a federal name is marked federal and keeps its grading.
     * Idempotent.
     *
     * @return how many subjects were added
     */
    public int seedFederal() {
        List<Subject> existing = subjects();
        Set<String> names = new HashSet<>();
        for (Subject s : existing) {
            names.add(FederalSubjects.key(s.getName()));
            if (!s.isFederal() && FederalSubjects.named(s.getName()).isPresent()) {
                s.markFederal();
            }
        }
        int added = 0;
        for (FederalSubject f : FederalSubjects.all()) {
            if (names.add(FederalSubjects.key(f.name()))) {
                em.persist(Subject.federal(f.name(), f.grading()));
                added++;
            }
        }
        em.flush();
        return added;
    }

    /**
     * Adds a subject of the school's own component (e.g. an elective). Refuses a name the school
     * already has, ignoring case. A federal name is added as the federal subject.
     */
    public SubjectData add(@NotBlank @Size(max = 200) String name, @NotNull Grading grading) {
        String stripped = name.strip();
        requireNewName(stripped, null);
        Subject subject =
                FederalSubjects.named(stripped).isPresent()
                        ? Subject.federal(stripped, grading)
                        : Subject.own(stripped, grading);
        em.persist(subject);
        em.flush();
        return view(subject, 0);
    }

    /**
     * Sets the minutes a homework of the subject counts when its teacher gives none (R-C01's
     * homework volume against the sanitary limits), or clears them (null: the model's default).
     */
    public SubjectData changeHomeworkMinutes(
            long subjectId, @Min(1) @Max(Subject.HOMEWORK_MINUTES_MAX) Integer minutes) {
        Subject subject = find(subjectId);
        subject.changeHomeworkMinutes(minutes);
        em.flush();
        return view(subject);
    }

    /** Renames a subject; refuses a name another subject of the school has. */
    public SubjectData rename(long subjectId, @NotBlank @Size(max = 200) String name) {
        Subject subject = find(subjectId);
        String stripped = name.strip();
        requireNewName(stripped, subject.getId());
        subject.rename(stripped);
        em.flush();
        return view(subject);
    }

    /**
     * Changes the subject's grading system (R-S14). Refused ({@link
     * JournalException.Kind#CONFLICT}, naming the subject and the number of marks) when marks were
     * already given in it that the new system would not accept; nothing is changed then.
     */
    public SubjectData changeGrading(long subjectId, @NotNull Grading grading) {
        Subject subject = find(subjectId);
        if (subject.getGrading() != grading) {
            long outside = marksOutside(subjectId, grading);
            if (outside > 0) {
                throw new JournalException(
                        JournalException.Kind.CONFLICT,
                        "subjects.grading.marksExist",
                        subject.getName(),
                        outside,
                        grading.ordinal());
            }
            subject.changeGrading(grading);
            em.flush();
        }
        return view(subject);
    }

    /** The number of marks of the subject that the grading would not accept. */
    private long marksOutside(long subjectId, Grading grading) {
        if (grading.marks().isEmpty()) {
            return em.createNamedQuery("Mark.countOfSubject", Long.class)
                    .setParameter("id", subjectId)
                    .getSingleResult();
        }
        return em.createNamedQuery("Mark.countOfSubjectNotIn", Long.class)
                .setParameter("id", subjectId)
                .setParameter("accepted", List.copyOf(grading.marks()))
                .getSingleResult();
    }

    private void requireNewName(String name, Long except) {
        for (Subject s : subjects()) {
            if (s.isNamed(name) && !s.getId().equals(except)) {
                throw new JournalException(
                        JournalException.Kind.CONFLICT, "subjects.exists", s.getName());
            }
        }
    }

    private List<Subject> subjects() {
        return em.createNamedQuery("Subject.all", Subject.class).getResultList();
    }

    private Subject find(long subjectId) {
        Subject subject = em.find(Subject.class, subjectId);
        if (subject == null) {
            throw JournalException.notFound("subject " + subjectId);
        }
        return subject;
    }

    private SubjectData view(Subject s) {
        long assignments =
                em.createNamedQuery("TeachingAssignment.countOfSubject", Long.class)
                        .setParameter("id", s.getId())
                        .getSingleResult();
        return view(s, assignments);
    }

    private static SubjectData view(Subject s, long assignments) {
        return new SubjectData(
                s.getId(),
                s.getName(),
                s.getGrading(),
                s.isFederal(),
                assignments,
                s.getHomeworkMinutes());
    }
}
