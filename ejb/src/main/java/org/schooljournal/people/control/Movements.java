package org.schooljournal.people.control;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.List;
import org.schooljournal.people.entity.Pupil;
import org.schooljournal.people.entity.PupilMovement;

/** Loads the movements the class roster rules need (R-S13), in one query each. */
@Dependent
public class Movements {
    @Inject EntityManager em;

    public List<ClassRoster.Move> touchingClass(long classId) {
        return em
                .createNamedQuery("PupilMovement.touchingClass", PupilMovement.class)
                .setParameter("classId", classId)
                .getResultList()
                .stream()
                .map(Movements::move)
                .toList();
    }

    public List<ClassRoster.Move> ofPupil(long pupilId) {
        return em
                .createNamedQuery("PupilMovement.ofPupil", PupilMovement.class)
                .setParameter("pupilId", pupilId)
                .getResultList()
                .stream()
                .map(Movements::move)
                .toList();
    }

    /** The pupil's time in a class, or null if it never was there. */
    public ClassRoster.Stint stintIn(long classId, Pupil pupil) {
        return ClassRoster.stintOf(
                classId,
                pupil.getId(),
                shortName(pupil),
                pupil.getSchoolClass().getId() == classId,
                pupil.getWithdrawnOn(),
                ofPupil(pupil.getId()));
    }

    public static String shortName(Pupil p) {
        return p.getLastName() + " " + p.getFirstName();
    }

    private static ClassRoster.Move move(PupilMovement m) {
        return new ClassRoster.Move(
                m.getPupil().getId(),
                shortName(m.getPupil()),
                m.getOnDate(),
                m.getFromClass() == null ? null : m.getFromClass().getId(),
                m.getToClass() == null ? null : m.getToClass().getId());
    }
}
