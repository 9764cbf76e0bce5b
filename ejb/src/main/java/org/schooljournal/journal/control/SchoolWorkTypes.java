package org.schooljournal.journal.control;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.schooljournal.journal.entity.WorkType;
import org.schooljournal.journal.entity.WorkTypeSetting;

/**
 * The caller's school's choice of work types (R-J02) and their weights in the period average
 * (R-J07), one statement per call. A work type without a stored setting is used and weighs 1. No
 * role check: the boundaries that use it (the journal page, marks, period marks, the settings
 * screen) check their callers.
 */
@Dependent
public class SchoolWorkTypes {
    @Inject EntityManager em;

    /** The stored settings by work type; absent work types have the defaults. */
    public Map<WorkType, WorkTypeSetting> stored() {
        Map<WorkType, WorkTypeSetting> stored = new EnumMap<>(WorkType.class);
        em.createNamedQuery("WorkTypeSetting.all", WorkTypeSetting.class)
                .getResultList()
                .forEach(s -> stored.put(s.getWorkType(), s));
        return stored;
    }

    /**
     * The weight of every used work type by its name, in enum order, as {@link PeriodMarkRule}
     * takes them.
     */
    public Map<String, BigDecimal> weights() {
        Map<WorkType, WorkTypeSetting> stored = stored();
        Map<String, BigDecimal> weights = new LinkedHashMap<>();
        for (WorkType w : WorkType.values()) {
            WorkTypeSetting s = stored.get(w);
            if (s == null) {
                weights.put(w.name(), WorkTypeSetting.DEFAULT_WEIGHT);
            } else if (s.isUsed()) {
                weights.put(w.name(), s.getWeight());
            }
        }
        return Collections.unmodifiableMap(weights);
    }

    /** The work types the school gives marks for, in enum order. */
    public Set<WorkType> used() {
        Map<WorkType, WorkTypeSetting> stored = stored();
        Set<WorkType> used = EnumSet.noneOf(WorkType.class);
        for (WorkType w : WorkType.values()) {
            WorkTypeSetting s = stored.get(w);
            if (s == null || s.isUsed()) {
                used.add(w);
            }
        }
        return Collections.unmodifiableSet(used);
    }
}
