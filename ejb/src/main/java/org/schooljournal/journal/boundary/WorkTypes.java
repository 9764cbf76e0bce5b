package org.schooljournal.journal.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.schooljournal.journal.control.SchoolWorkTypes;
import org.schooljournal.journal.entity.WorkType;
import org.schooljournal.journal.entity.WorkTypeSetting;
import org.schooljournal.platform.control.Tenanted;
import org.schooljournal.platform.entity.JournalException;
import org.schooljournal.platform.entity.Role;

/**
 * The work types the caller's school gives marks for (R-J02) and their weights in the period
 * average (R-J07). Every work type is listed, whether the school uses it or not; without a stored
 * setting it is used and weighs 1. Any staff member reads them (the weights are visible to teachers
 * and parents); the head and the deputy head change them.
 */
@Stateless
@Tenanted
@RolesAllowed(Role.STAFF)
public class WorkTypes {
    static final String UNKNOWN = "workTypes.unknown";
    static final String TWICE = "workTypes.twice";

    @PersistenceContext EntityManager em;

    @Inject SchoolWorkTypes school;

    /**
     * One work type of the school: its name ({@code CONTROL_WORK}), the letter typed after a mark
     * ({@code к}; read only), whether marks are given for it, and its weight.
     */
    public record Setting(String workType, String code, boolean used, BigDecimal weight) {}

    /**
     * Every work type in the order of {@link WorkType}, with the school's setting or the default.
     */
    public List<Setting> all() {
        Map<WorkType, WorkTypeSetting> stored = school.stored();
        List<Setting> all = new ArrayList<>();
        for (WorkType w : WorkType.values()) {
            WorkTypeSetting s = stored.get(w);
            all.add(
                    s == null
                            ? new Setting(w.name(), w.code(), true, WorkTypeSetting.DEFAULT_WEIGHT)
                            : new Setting(w.name(), w.code(), s.isUsed(), s.getWeight()));
        }
        return all;
    }

    /**
     * Stores the given work types' settings; work types not in the list keep theirs. Every setting
     * is checked before any is written, so a refusal changes nothing.
     *
     * @throws JournalException (INVALID) {@code workTypes.unknown} for a work type that does not
     *     exist, {@code workTypes.twice} for one listed twice, and the rules of {@link
     *     WorkTypeSetting#check}
     */
    @RolesAllowed({Role.HEAD, Role.DEPUTY_HEAD})
    public List<Setting> save(@NotNull List<Setting> settings) {
        Map<WorkType, Setting> wanted = new EnumMap<>(WorkType.class);
        for (Setting s : settings) {
            WorkType w = workType(s);
            if (wanted.put(w, s) != null) {
                throw new JournalException(JournalException.Kind.INVALID, TWICE, w.name());
            }
            WorkTypeSetting.check(w, s.used(), s.weight());
        }
        Map<WorkType, WorkTypeSetting> stored = school.stored();
        wanted.forEach(
                (w, s) -> {
                    WorkTypeSetting existing = stored.get(w);
                    if (existing == null) {
                        em.persist(new WorkTypeSetting(w, s.used(), s.weight()));
                    } else {
                        existing.change(s.used(), s.weight());
                    }
                });
        em.flush();
        return all();
    }

    /** The weight of every used work type by its name, for {@code PeriodMarkRule}. */
    public Map<String, BigDecimal> weights() {
        return school.weights();
    }

    /** The work types the school gives marks for. */
    public Set<WorkType> used() {
        return school.used();
    }

    private static WorkType workType(Setting s) {
        if (s == null || s.workType() == null) {
            throw new JournalException(JournalException.Kind.INVALID, UNKNOWN, "—");
        }
        try {
            return WorkType.valueOf(s.workType());
        } catch (IllegalArgumentException e) {
            throw new JournalException(JournalException.Kind.INVALID, UNKNOWN, s.workType());
        }
    }
}
