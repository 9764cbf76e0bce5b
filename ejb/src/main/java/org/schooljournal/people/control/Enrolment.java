package org.schooljournal.people.control;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.Objects;
import java.util.Optional;
import org.schooljournal.people.entity.Guardian;
import org.schooljournal.people.entity.Pupil;

/**
 * Enrols one pupil with a parent in the current school. The caller's transaction must already have
 * the school set as tenant (a boundary through {@code SchoolTenancy}, a batch artifact itself).
 */
@Dependent
public class Enrolment {
    @Inject EntityManager em;

    /**
     * Persists the pupil, linked to the parent (an existing guardian with the same name and e-mail
     * if there is one), unless a pupil with the same last name, first name and birth date is
     * already in the school. The look-ups flush first, so they also see pupils and parents enrolled
     * earlier in the same transaction (two rows for one pupil, siblings sharing a parent).
     *
     * @param pupil a new, unsaved pupil
     * @param parent the parent's details, or null
     * @return the enrolled pupil, or empty if the pupil was already in the school
     */
    public Optional<Pupil> enrol(Pupil pupil, Parent parent) {
        if (isEnrolled(pupil)) {
            return Optional.empty();
        }
        if (parent != null) {
            pupil.addGuardian(existing(parent).orElseGet(() -> persisted(parent)));
        }
        em.persist(pupil);
        return Optional.of(pupil);
    }

    /** A parent as a roster gives it; last and first name are required, the rest may be null. */
    public record Parent(
            String lastName, String firstName, String middleName, String email, String phone) {
        public Parent {
            Objects.requireNonNull(lastName);
            Objects.requireNonNull(firstName);
        }
    }

    private boolean isEnrolled(Pupil pupil) {
        return !em.createNamedQuery("Pupil.byNaturalKey", Pupil.class)
                .setParameter("lastName", pupil.getLastName())
                .setParameter("firstName", pupil.getFirstName())
                .setParameter("birthDate", pupil.getBirthDate())
                .setMaxResults(1)
                .getResultList()
                .isEmpty();
    }

    /** Without an e-mail two parents of the same name can't be told apart, so none is reused. */
    private Optional<Guardian> existing(Parent parent) {
        if (parent.email() == null) {
            return Optional.empty();
        }
        return em.createNamedQuery("Guardian.byNameAndEmail", Guardian.class)
                .setParameter("lastName", parent.lastName())
                .setParameter("firstName", parent.firstName())
                .setParameter("email", parent.email())
                .setMaxResults(1)
                .getResultStream()
                .findFirst();
    }

    private Guardian persisted(Parent parent) {
        Guardian guardian =
                new Guardian(
                        parent.lastName(),
                        parent.firstName(),
                        parent.middleName(),
                        parent.email(),
                        parent.phone());
        em.persist(guardian);
        return guardian;
    }
}
