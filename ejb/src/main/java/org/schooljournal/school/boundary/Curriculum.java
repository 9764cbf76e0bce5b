package org.schooljournal.school.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.schooljournal.platform.control.Messages;
import org.schooljournal.platform.control.Tenanted;
import org.schooljournal.platform.entity.JournalException;
import org.schooljournal.platform.entity.Role;
import org.schooljournal.school.control.LoadPlan;
import org.schooljournal.school.entity.CurriculumLine;
import org.schooljournal.school.entity.SchoolClass;
import org.schooljournal.school.entity.Subject;
import org.schooljournal.school.entity.TeachingAssignment;

/**
 * The school's curriculum (учебный план) and teaching load (R-S08): the weekly hours of each
 * subject per grade (the basic plan, profile ''), and the weekly hours of each teaching assignment
 * checked against them. The head, the deputy head and the school administrator change them;
 * teachers read them. An assignment is never given more hours than the curriculum has for its
 * class's grade and subject; a curriculum lowered below the hours already assigned shows as a
 * violation of the load.
 */
@Stateless
@Tenanted
@RolesAllowed({Role.HEAD, Role.DEPUTY_HEAD, Role.SCHOOL_ADMIN})
public class Curriculum {
    /** The basic plan; profiles (физико-математический, ...) come later. */
    static final String BASIC = "";

    @PersistenceContext EntityManager em;

    /** The basic plan of a grade: its subjects by name with their weekly hours. */
    @RolesAllowed(Role.STAFF)
    public List<CurriculumLineData> lines(@Min(1) @Max(11) int grade) {
        return em
                .createNamedQuery("CurriculumLine.ofGrade", CurriculumLine.class)
                .setParameter("grade", grade)
                .setParameter("profile", BASIC)
                .getResultList()
                .stream()
                .map(Curriculum::view)
                .toList();
    }

    /** Sets the weekly hours of a subject in a grade's basic plan, adding the line if missing. */
    public CurriculumLineData setHours(
            @Min(1) @Max(11) int grade,
            long subjectId,
            @NotNull @DecimalMin("0.5") @DecimalMax("40") BigDecimal hours) {
        Subject subject = em.find(Subject.class, subjectId);
        if (subject == null) {
            throw JournalException.notFound("subject " + subjectId);
        }
        CurriculumLine line =
                em.createNamedQuery("CurriculumLine.find", CurriculumLine.class)
                        .setParameter("grade", grade)
                        .setParameter("profile", BASIC)
                        .setParameter("subjectId", subjectId)
                        .getResultStream()
                        .findFirst()
                        .orElse(null);
        if (line == null) {
            line = new CurriculumLine(grade, BASIC, subject, hours);
            em.persist(line);
        } else {
            line.changeHours(hours);
        }
        em.flush();
        return view(line);
    }

    /** Removes a line of the curriculum. */
    public void remove(long lineId) {
        CurriculumLine line = em.find(CurriculumLine.class, lineId);
        if (line == null) {
            throw JournalException.notFound("curriculum line " + lineId);
        }
        em.remove(line);
        em.flush();
    }

    /**
     * The load: each teacher's total, each class and subject planned against assigned, the
     * assignments with their hours, and the violations rendered in Russian (see {@link
     * LoadData#in}).
     */
    @RolesAllowed(Role.STAFF)
    public LoadData load() {
        List<TeachingAssignment> assignments = assignments();
        LoadPlan plan =
                LoadPlan.of(
                        planLines(),
                        em
                                .createNamedQuery("SchoolClass.all", SchoolClass.class)
                                .getResultList()
                                .stream()
                                .map(
                                        c ->
                                                new LoadPlan.SchoolClassRef(
                                                        c.getId(), c.getTitle(), c.getGrade()))
                                .toList(),
                        assignments.stream().map(Curriculum::loadAssignment).toList());
        return new LoadData(
                plan.teachers(),
                plan.classSubjects(),
                assignments.stream().map(Assignments::view).toList(),
                plan.violations().stream()
                        .map(
                                v ->
                                        new LoadViolationData(
                                                v.key(),
                                                v.args(),
                                                Messages.text(
                                                        Messages.RUSSIAN,
                                                        v.key(),
                                                        v.args().toArray())))
                        .toList());
    }

    /**
     * Sets the weekly hours of a teaching assignment (null clears them); more than the curriculum
     * has for the class's grade and subject is refused ({@link LoadPlan#checkHours}).
     */
    public AssignmentLoad setAssignmentHours(
            long assignmentId, @DecimalMin("0") @DecimalMax("40") BigDecimal hours) {
        TeachingAssignment assignment = em.find(TeachingAssignment.class, assignmentId);
        if (assignment == null) {
            throw JournalException.notFound("teaching assignment " + assignmentId);
        }
        LoadPlan.Assignment changed = loadAssignment(assignment);
        if (hours != null && changed.classId() != null) {
            SchoolClass c = assignment.getSchoolClass();
            LoadPlan.checkHours(
                    planLines(),
                    new LoadPlan.SchoolClassRef(c.getId(), c.getTitle(), c.getGrade()),
                    changed.withHours(CurriculumLine.checkedHours(hours, true)),
                    assignments().stream().map(Curriculum::loadAssignment).toList());
        }
        assignment.changeHours(hours);
        em.flush();
        return Assignments.view(assignment);
    }

    /**
     * An assignment as the load sees it: an individual plan's group and a stream are outside the
     * class's curriculum (R-S07 gives the individual plan its own hours).
     */
    static LoadPlan.Assignment loadAssignment(TeachingAssignment a) {
        var group = a.getGroup();
        boolean inClassPlan =
                a.getSchoolClass() != null
                        && (group == null
                                || group.getKind()
                                        == org.schooljournal.school.entity.StudyGroup.Kind
                                                .SUBGROUP);
        return new LoadPlan.Assignment(
                a.getId(),
                a.getTeacher().getId(),
                a.getTeacher().getShortName(),
                inClassPlan ? a.getSchoolClass().getId() : null,
                a.getSubject().getId(),
                a.getSubject().getName(),
                a.getHoursPerWeek(),
                group == null ? null : group.getId());
    }

    /**
     * Sets the weekly hours of each assignment that has none to the number of its weekly timetable
     * slots (assignments without slots keep none). Idempotent.
     *
     * @return how many assignments got hours
     */
    public int seedFromTimetable() {
        Map<Long, Long> slots = new HashMap<>();
        em.createNamedQuery("TimetableEntry.countByAssignment", Object[].class)
                .getResultList()
                .forEach(r -> slots.put((Long) r[0], (Long) r[1]));
        int set = 0;
        for (TeachingAssignment a : assignments()) {
            Long count = slots.get(a.getId());
            if (a.getHoursPerWeek() == null && count != null && count > 0) {
                a.changeHours(BigDecimal.valueOf(Math.min(count, 40)));
                set++;
            }
        }
        em.flush();
        return set;
    }

    private List<LoadPlan.Line> planLines() {
        return em
                .createNamedQuery("CurriculumLine.all", CurriculumLine.class)
                .getResultList()
                .stream()
                .filter(l -> BASIC.equals(l.getProfile()))
                .map(
                        l ->
                                new LoadPlan.Line(
                                        l.getGrade(),
                                        l.getSubject().getId(),
                                        l.getSubject().getName(),
                                        l.getHoursPerWeek()))
                .toList();
    }

    private List<TeachingAssignment> assignments() {
        return em
                .createNamedQuery("TeachingAssignment.all", TeachingAssignment.class)
                .getResultList()
                .stream()
                .sorted(java.util.Comparator.comparing(TeachingAssignment::getOrderKey))
                .toList();
    }

    private static CurriculumLineData view(CurriculumLine l) {
        return new CurriculumLineData(
                l.getId(),
                l.getGrade(),
                l.getProfile(),
                l.getSubject().getId(),
                l.getSubject().getName(),
                l.getHoursPerWeek());
    }
}
