package org.schooljournal.calendar.control;

import jakarta.persistence.EntityManager;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.schooljournal.calendar.entity.BellScheduleDefinition;
import org.schooljournal.school.entity.SchoolClass;

/**
 * Which bells a class follows (R-S10): its own schedule, else the school's main one (its oldest),
 * else the standard bells for a school that has never opened its bell schedules. Reads only, so the
 * calendar export of any member of staff can use it.
 */
public final class ClassBells {
    private ClassBells() {}

    /** The school's schedules, the main one first, with their periods in one query. */
    public static List<BellScheduleDefinition> schedules(EntityManager em) {
        return em.createNamedQuery("BellScheduleDefinition.all", BellScheduleDefinition.class)
                .getResultList();
    }

    public static BellSchedule of(EntityManager em, SchoolClass schoolClass) {
        if (schoolClass.getBellScheduleId() != null) {
            BellScheduleDefinition own =
                    em.find(BellScheduleDefinition.class, schoolClass.getBellScheduleId());
            if (own != null) {
                return own.bells();
            }
        }
        return main(schedules(em));
    }

    /**
     * Every class of the school (graduated ones too) by id, in two queries; under the null key the
     * main schedule, which a stream (a group without a class) follows.
     */
    public static Map<Long, BellSchedule> byClass(EntityManager em) {
        Map<Long, BellSchedule> byId = new HashMap<>();
        List<BellScheduleDefinition> schedules = schedules(em);
        schedules.forEach(s -> byId.put(s.getId(), s.bells()));
        BellSchedule main = main(schedules);
        Map<Long, BellSchedule> byClass = new HashMap<>();
        byClass.put(null, main);
        for (Object[] row :
                em.createQuery("select c.id, c.bellScheduleId from SchoolClass c", Object[].class)
                        .getResultList()) {
            byClass.put((Long) row[0], byId.getOrDefault((Long) row[1], main));
        }
        return byClass;
    }

    private static BellSchedule main(List<BellScheduleDefinition> schedules) {
        return schedules.isEmpty() ? BellSchedule.standard() : schedules.get(0).bells();
    }
}
