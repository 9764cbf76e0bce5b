package org.schooljournal.people.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.List;
import org.schooljournal.people.entity.Pupil;
import org.schooljournal.platform.control.Tenanted;
import org.schooljournal.platform.entity.JournalException;
import org.schooljournal.platform.entity.Role;
import org.schooljournal.school.control.SchoolRecords;
import org.schooljournal.school.entity.IndividualPlanLine;
import org.schooljournal.school.entity.StudyGroup;
import org.schooljournal.school.entity.Subject;

/**
 * Individual study plans, ИУП (R-S07): per pupil, the subjects taught to it alone (in a one-pupil
 * group, with its own weekly hours, a teacher assigned like any group's) or not studied. Either way
 * the pupil leaves the class's journal of that subject; the class keeps its plan.
 */
@Stateless
@Tenanted
@RolesAllowed({Role.SCHOOL_ADMIN, Role.HEAD, Role.DEPUTY_HEAD})
public class IndividualPlans {
    @PersistenceContext EntityManager em;

    @EJB StudyGroups groups;

    public List<PlanLineData> all() {
        return em
                .createNamedQuery("IndividualPlanLine.all", IndividualPlanLine.class)
                .getResultList()
                .stream()
                .map(this::view)
                .toList();
    }

    /**
     * Sets how a subject of the pupil's plan departs from its class, creating the pupil's own group
     * when the subject is taught individually. Nothing changes when a rule refuses.
     */
    public PlanLineData set(
            long pupilId,
            long subjectId,
            @NotNull IndividualPlanLine.Mode mode,
            @DecimalMin("0.5") @DecimalMax("40") BigDecimal hours,
            @Size(max = IndividualPlanLine.MAX_NOTE) String note) {
        Pupil pupil = pupil(pupilId);
        Subject subject = SchoolRecords.subject(em, subjectId);
        IndividualPlanLine line =
                em
                        .createNamedQuery("IndividualPlanLine.ofPupil", IndividualPlanLine.class)
                        .setParameter("pupilId", pupilId)
                        .getResultList()
                        .stream()
                        .filter(l -> l.getSubject().getId().equals(subjectId))
                        .findFirst()
                        .orElse(null);
        boolean fresh = line == null;
        if (fresh) {
            line = new IndividualPlanLine(pupilId, subject);
        }
        StudyGroup group = line.getGroup();
        if (mode == IndividualPlanLine.Mode.INDIVIDUAL && group == null) {
            group = ownGroup(pupil, subject);
        }
        StudyGroup dropped = mode == IndividualPlanLine.Mode.NOT_STUDIED ? group : null;
        line.define(mode, hours, mode == IndividualPlanLine.Mode.INDIVIDUAL ? group : null, note);
        if (fresh) {
            em.persist(line);
        }
        em.flush();
        if (dropped != null) {
            groups.remove(dropped.getId());
        }
        return view(line);
    }

    /** Takes a subject out of the plan: the pupil is back in the class's journal of it. */
    public void remove(long lineId) {
        IndividualPlanLine line = em.find(IndividualPlanLine.class, lineId);
        if (line == null) {
            throw JournalException.notFound("plan line " + lineId);
        }
        StudyGroup group = line.getGroup();
        em.remove(line);
        em.flush();
        if (group != null) {
            groups.remove(group.getId());
        }
    }

    private StudyGroup ownGroup(Pupil pupil, Subject subject) {
        String name =
                "ИУП: "
                        + pupil.getLastName()
                        + " "
                        + pupil.getFirstName()
                        + " · "
                        + subject.getName();
        if (name.length() > StudyGroup.MAX_NAME) {
            name = name.substring(0, StudyGroup.MAX_NAME);
        }
        StudyGroup group =
                StudyGroup.within(StudyGroup.Kind.INDIVIDUAL, name, pupil.getSchoolClass());
        group.replaceMembers(List.of(pupil.getId()));
        em.persist(group);
        return group;
    }

    private Pupil pupil(long pupilId) {
        Pupil p = em.find(Pupil.class, pupilId);
        if (p == null) {
            throw JournalException.notFound("pupil " + pupilId);
        }
        if (p.getWithdrawnOn() != null) {
            throw new JournalException(
                    JournalException.Kind.INVALID, "plan.pupil.withdrawn", p.getFullName());
        }
        return p;
    }

    private PlanLineData view(IndividualPlanLine l) {
        Pupil p = em.find(Pupil.class, l.getPupilId());
        return new PlanLineData(
                l.getId(),
                l.getPupilId(),
                p.getLastName() + " " + p.getFirstName(),
                p.getSchoolClass().getTitle(),
                l.getSubject().getId(),
                l.getSubject().getName(),
                l.getMode().name(),
                l.getHoursPerWeek(),
                l.getGroup() == null ? null : l.getGroup().getId(),
                l.getNote());
    }
}
