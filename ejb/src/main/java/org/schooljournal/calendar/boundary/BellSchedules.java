package org.schooljournal.calendar.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.ArrayList;
import java.util.List;
import org.schooljournal.calendar.control.BellSchedule;
import org.schooljournal.calendar.control.ClassBells;
import org.schooljournal.calendar.entity.BellScheduleDefinition;
import org.schooljournal.platform.control.Tenanted;
import org.schooljournal.platform.entity.JournalException;
import org.schooljournal.platform.entity.Role;
import org.schooljournal.school.entity.SchoolClass;

/**
 * The school's bell schedules and each class's shift and schedule (R-S10). The main schedule (the
 * school's oldest, created with the standard bells on first use) serves every class without its own
 * and is never removed. A schedule is checked as a whole before anything is stored, and a class
 * only ever follows a schedule of its own shift (see {@link BellSchedule}).
 */
@Stateless
@Tenanted
@RolesAllowed({Role.HEAD, Role.DEPUTY_HEAD, Role.SCHOOL_ADMIN})
public class BellSchedules {
    @PersistenceContext EntityManager em;

    /** The school's schedules, the main one first, each with the classes following it. */
    public List<BellScheduleData> all() {
        List<BellScheduleDefinition> schedules = schedules();
        List<SchoolClass> classes = classes();
        return schedules.stream()
                .map(
                        s ->
                                view(
                                        s,
                                        s == schedules.get(0),
                                        classes.stream()
                                                .filter(c -> follows(c, s, schedules))
                                                .map(SchoolClass::getTitle)
                                                .toList()))
                .toList();
    }

    /** The current classes with their week days, shift and schedule. */
    public List<ClassRegime> regimes() {
        List<BellScheduleDefinition> schedules = schedules();
        return classes().stream()
                .map(
                        c -> {
                            BellScheduleDefinition s = scheduleOf(c, schedules);
                            return new ClassRegime(
                                    c.getId(),
                                    c.getTitle(),
                                    c.getWeekDays(),
                                    c.getShift(),
                                    c.getBellScheduleId(),
                                    s.getName());
                        })
                .toList();
    }

    /**
     * Creates a schedule ({@code scheduleId} null) or replaces one's name and periods as a whole.
     * Refused, with nothing stored, when the periods break a rule, the name is taken, or a class
     * following the schedule is of the other shift.
     */
    public BellScheduleData save(
            Long scheduleId,
            @NotBlank @Size(max = BellScheduleDefinition.NAME_LENGTH) String name,
            @NotNull @Size(min = 1, max = BellSchedule.MAX_LESSONS)
                    List<BellSchedule.@NotNull Period> periods) {
        BellSchedule bells = BellSchedule.of(periods);
        List<BellScheduleDefinition> schedules = schedules();
        BellScheduleDefinition schedule = scheduleId == null ? null : find(scheduleId);
        for (BellScheduleDefinition other : schedules) {
            if (other.isNamed(name) && other != schedule) {
                throw new JournalException(
                        JournalException.Kind.CONFLICT, "bells.exists", other.getName());
            }
        }
        if (schedule == null) {
            schedule = new BellScheduleDefinition(name, bells);
            em.persist(schedule);
            em.flush();
            return view(schedule, false, List.of());
        }
        List<String> following = new ArrayList<>();
        for (SchoolClass c : classes()) {
            if (follows(c, schedule, schedules)) {
                bells.requireShift(c.getShift(), c.getTitle(), name.strip());
                following.add(c.getTitle());
            }
        }
        schedule.rename(name);
        schedule.replace(bells);
        em.flush();
        return view(schedule, schedule == schedules.get(0), following);
    }

    /** Removes a schedule; refused for the main one and while a class follows it. */
    public void delete(long scheduleId) {
        BellScheduleDefinition schedule = find(scheduleId);
        List<BellScheduleDefinition> schedules = schedules();
        if (schedule == schedules.get(0)) {
            throw new JournalException(
                    JournalException.Kind.CONFLICT, "bells.mainKept", schedule.getName());
        }
        List<String> following =
                classes().stream()
                        .filter(c -> scheduleId == nullToZero(c.getBellScheduleId()))
                        .map(SchoolClass::getTitle)
                        .toList();
        if (!following.isEmpty()) {
            throw new JournalException(
                    JournalException.Kind.CONFLICT,
                    "bells.inUse",
                    schedule.getName(),
                    String.join(", ", following));
        }
        em.remove(schedule);
        em.flush();
    }

    /**
     * Sets a class's shift and schedule (null: the main one); refused when the schedule is of the
     * other shift.
     */
    public ClassRegime setClass(long classId, @Min(1) @Max(2) int shift, Long scheduleId) {
        SchoolClass schoolClass = em.find(SchoolClass.class, classId);
        if (schoolClass == null) {
            throw JournalException.notFound("class " + classId);
        }
        List<BellScheduleDefinition> schedules = schedules();
        BellScheduleDefinition schedule = scheduleId == null ? schedules.get(0) : find(scheduleId);
        schedule.bells().requireShift(shift, schoolClass.getTitle(), schedule.getName());
        schoolClass.workIn(shift, scheduleId);
        em.flush();
        return new ClassRegime(
                classId,
                schoolClass.getTitle(),
                schoolClass.getWeekDays(),
                shift,
                scheduleId,
                schedule.getName());
    }

    /** The bells a class follows, for any member of staff (the calendar export). */
    @RolesAllowed(Role.STAFF)
    public BellSchedule ofClass(long classId) {
        SchoolClass schoolClass = em.find(SchoolClass.class, classId);
        if (schoolClass == null) {
            throw JournalException.notFound("class " + classId);
        }
        return ClassBells.of(em, schoolClass);
    }

    /** The schedules, creating the main one with the standard bells when the school has none. */
    private List<BellScheduleDefinition> schedules() {
        List<BellScheduleDefinition> schedules = ClassBells.schedules(em);
        if (!schedules.isEmpty()) {
            return schedules;
        }
        BellScheduleDefinition main =
                new BellScheduleDefinition(BellSchedule.MAIN_NAME, BellSchedule.standard());
        em.persist(main);
        em.flush();
        return List.of(main);
    }

    private List<SchoolClass> classes() {
        return em.createNamedQuery("SchoolClass.all", SchoolClass.class).getResultList();
    }

    private BellScheduleDefinition find(long scheduleId) {
        BellScheduleDefinition schedule = em.find(BellScheduleDefinition.class, scheduleId);
        if (schedule == null) {
            throw JournalException.notFound("bell schedule " + scheduleId);
        }
        return schedule;
    }

    private static boolean follows(
            SchoolClass c, BellScheduleDefinition s, List<BellScheduleDefinition> schedules) {
        return scheduleOf(c, schedules) == s;
    }

    private static BellScheduleDefinition scheduleOf(
            SchoolClass c, List<BellScheduleDefinition> schedules) {
        return schedules.stream()
                .filter(s -> s.getId().equals(c.getBellScheduleId()))
                .findFirst()
                .orElse(schedules.get(0));
    }

    private static long nullToZero(Long id) {
        return id == null ? 0 : id;
    }

    private static BellScheduleData view(
            BellScheduleDefinition s, boolean main, List<String> classes) {
        BellSchedule bells = s.bells();
        return new BellScheduleData(
                s.getId(), s.getName(), main, bells.shift(), bells.periods(), classes);
    }
}
