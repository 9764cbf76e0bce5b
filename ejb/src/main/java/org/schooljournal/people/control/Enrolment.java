package org.schooljournal.people.control;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import org.schooljournal.people.entity.Guardian;
import org.schooljournal.people.entity.MovementKind;
import org.schooljournal.people.entity.Pupil;
import org.schooljournal.people.entity.PupilMovement;

/**
 * Enrols one pupil with a parent in the current school. The caller's transaction must already have
 * the school set as tenant (a boundary through {@code SchoolTenancy}, a batch artifact itself).
 */
@Dependent
public class Enrolment {
    @Inject EntityManager em;

    @Inject Clock clock;

    /**
     * Persists the pupil, linked to the parent (an existing guardian with the same name and e-mail
     * if there is one), unless a pupil with the same last name, first name and birth date is
     * already in the school. The look-ups flush first, so they also see pupils and parents enrolled
     * earlier in the same transaction (two rows for one pupil, siblings sharing a parent).
     *
     * <p>The pupil arrives in its class on {@code arrival}'s date, recorded as an ARRIVAL movement
     * (R-S13) as {@code PupilMovements.arrive} records one: a pupil without any movement counts as
     * a member of its class since forever, also in the class's past years, whose journals would
     * then lack its marks and could not be closed or printed for the archive.
     *
     * @param pupil a new, unsaved pupil
     * @param parent the parent's details, or null
     * @param arrival the first day in the class and who records it
     * @return the enrolled pupil, or empty if the pupil was already in the school
     */
    public Optional<Pupil> enrol(Pupil pupil, Parent parent, Arrival arrival) {
        Objects.requireNonNull(arrival);
        if (isEnrolled(pupil)) {
            return Optional.empty();
        }
        if (parent != null) {
            pupil.addGuardian(existing(parent).orElseGet(() -> persisted(parent)));
        }
        em.persist(pupil);
        em.persist(
                new PupilMovement(
                        pupil,
                        MovementKind.ARRIVAL,
                        arrival.onDate(),
                        null,
                        pupil.getSchoolClass(),
                        null,
                        arrival.recordedBy(),
                        clock.instant()));
        return Optional.of(pupil);
    }

    /** The first day in the class (a date of the school's clock) and the login that records it. */
    public record Arrival(LocalDate onDate, String recordedBy) {
        public Arrival {
            Objects.requireNonNull(onDate);
            Objects.requireNonNull(recordedBy);
        }
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
