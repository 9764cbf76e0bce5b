package org.schooljournal.people.boundary;

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
import java.util.List;
import org.schooljournal.people.entity.MovementKind;
import org.schooljournal.people.entity.Pupil;
import org.schooljournal.people.entity.PupilMovement;
import org.schooljournal.platform.control.Caller;
import org.schooljournal.platform.control.Dates;
import org.schooljournal.platform.control.Tenanted;
import org.schooljournal.platform.entity.JournalException;
import org.schooljournal.platform.entity.Role;
import org.schooljournal.school.entity.SchoolClass;

/**
 * Pupil movement (R-S13): arrival, transfer between classes and withdrawal, each with its date and
 * kept as history. Marks stay with the lessons they were given in; the journal shows a moved pupil
 * only for its dates in the class.
 */
@Stateless
@Tenanted
@RolesAllowed({Role.SCHOOL_ADMIN, Role.HEAD, Role.DEPUTY_HEAD})
public class PupilMovements {
    @PersistenceContext EntityManager em;

    @Inject Caller caller;

    @Inject Clock clock;

    public long arrive(
            @NotBlank @Size(max = 100) String lastName,
            @NotBlank @Size(max = 100) String firstName,
            @Size(max = 100) String middleName,
            @NotNull LocalDate birthDate,
            long classId,
            @NotNull LocalDate onDate,
            @Size(max = 500) String note) {
        SchoolClass schoolClass = schoolClass(classId);
        boolean known =
                !em.createNamedQuery("Pupil.byNaturalKey", Pupil.class)
                        .setParameter("lastName", lastName.strip())
                        .setParameter("firstName", firstName.strip())
                        .setParameter("birthDate", birthDate)
                        .getResultList()
                        .isEmpty();
        if (known) {
            throw new JournalException(
                    JournalException.Kind.CONFLICT,
                    "movement.duplicate",
                    lastName.strip() + " " + firstName.strip(),
                    Dates.shown(birthDate));
        }
        Pupil pupil =
                new Pupil(
                        schoolClass,
                        lastName.strip(),
                        firstName.strip(),
                        middleName == null || middleName.isBlank() ? null : middleName.strip(),
                        birthDate);
        em.persist(pupil);
        record(pupil, MovementKind.ARRIVAL, onDate, null, schoolClass, note);
        em.flush();
        return pupil.getId();
    }

    public void transfer(
            long pupilId, long toClassId, @NotNull LocalDate onDate, @Size(max = 500) String note) {
        Pupil pupil = movable(pupilId, onDate);
        SchoolClass to = schoolClass(toClassId);
        if (pupil.getSchoolClass().getId().equals(to.getId())) {
            throw new JournalException(
                    JournalException.Kind.INVALID,
                    "movement.sameClass",
                    pupil.getFullName(),
                    to.getTitle());
        }
        record(pupil, MovementKind.TRANSFER, onDate, pupil.getSchoolClass(), to, note);
        pupil.transferTo(to);
    }

    public void withdraw(long pupilId, @NotNull LocalDate onDate, @Size(max = 500) String note) {
        Pupil pupil = movable(pupilId, onDate);
        record(pupil, MovementKind.WITHDRAWAL, onDate, pupil.getSchoolClass(), null, note);
        pupil.withdraw(onDate);
    }

    /** The pupils now in a class, with the day they left the school if they did. */
    public List<PupilSummary> pupilsOf(long classId) {
        schoolClass(classId);
        return em
                .createNamedQuery("Pupil.ofClass", Pupil.class)
                .setParameter("classId", classId)
                .getResultList()
                .stream()
                .map(
                        p ->
                                new PupilSummary(
                                        p.getId(),
                                        p.getFullName(),
                                        p.getBirthDate(),
                                        p.getWithdrawnOn()))
                .toList();
    }

    public List<MovementData> history(long pupilId) {
        pupil(pupilId);
        return em
                .createNamedQuery("PupilMovement.ofPupil", PupilMovement.class)
                .setParameter("pupilId", pupilId)
                .getResultList()
                .stream()
                .map(
                        m ->
                                new MovementData(
                                        m.getKind().name(),
                                        m.getOnDate(),
                                        m.getFromClass() == null
                                                ? null
                                                : m.getFromClass().getTitle(),
                                        m.getToClass() == null ? null : m.getToClass().getTitle(),
                                        m.getNote(),
                                        m.getRecordedBy()))
                .toList();
    }

    /** A pupil that can still move on that date: not withdrawn, and no later movement recorded. */
    private Pupil movable(long pupilId, LocalDate onDate) {
        Pupil pupil = pupil(pupilId);
        if (pupil.getWithdrawnOn() != null) {
            throw new JournalException(
                    JournalException.Kind.CONFLICT,
                    "movement.withdrawn",
                    pupil.getFullName(),
                    Dates.shown(pupil.getWithdrawnOn()));
        }
        em
                .createNamedQuery("PupilMovement.ofPupil", PupilMovement.class)
                .setParameter("pupilId", pupilId)
                .getResultList()
                .stream()
                .map(PupilMovement::getOnDate)
                .filter(d -> !d.isBefore(onDate))
                .findFirst()
                .ifPresent(
                        later -> {
                            throw new JournalException(
                                    JournalException.Kind.CONFLICT,
                                    "movement.order",
                                    pupil.getFullName(),
                                    Dates.shown(later));
                        });
        return pupil;
    }

    private void record(
            Pupil pupil,
            MovementKind kind,
            LocalDate onDate,
            SchoolClass from,
            SchoolClass to,
            String note) {
        em.persist(
                new PupilMovement(
                        pupil, kind, onDate, from, to, note, caller.login(), clock.instant()));
    }

    private Pupil pupil(long pupilId) {
        Pupil pupil = em.find(Pupil.class, pupilId);
        if (pupil == null) {
            throw JournalException.notFound("pupil " + pupilId);
        }
        return pupil;
    }

    private SchoolClass schoolClass(long classId) {
        SchoolClass schoolClass = em.find(SchoolClass.class, classId);
        if (schoolClass == null) {
            throw JournalException.notFound("class " + classId);
        }
        return schoolClass;
    }
}
