package org.schooljournal.diary.control;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.List;
import org.schooljournal.people.entity.Pupil;
import org.schooljournal.school.entity.TeachingAssignment;

/**
 * The journals that hold a pupil's lessons, in one query (R-D01, R-S06, R-S07): its class's
 * whole-class journals but the subjects its individual plan takes away, and the journals of every
 * group it belongs to (subgroups of its class, streams across classes, its own individual plan).
 * The current class only: a pupil moved this week sees its new class's lessons.
 */
@Dependent
public class PupilJournals {
    @Inject EntityManager em;

    public List<TeachingAssignment> of(Pupil pupil) {
        return em.createQuery(
                        "select a from TeachingAssignment a join fetch a.subject s"
                                + " join fetch a.teacher left join fetch a.group"
                                + " left join a.schoolClass c left join a.group g"
                                + " where (c.id = :classId and g.id is null and s.id not in"
                                + " (select l.subject.id from IndividualPlanLine l"
                                + " where l.pupilId = :pupilId))"
                                + " or g.id in (select x.id from StudyGroup x join x.pupilIds m"
                                + " where m = :pupilId)"
                                + " order by s.name",
                        TeachingAssignment.class)
                .setParameter("classId", pupil.getSchoolClass().getId())
                .setParameter("pupilId", pupil.getId())
                .getResultList();
    }
}
