package org.schooljournal.school.control;

import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.schooljournal.platform.entity.JournalException;
import org.schooljournal.platform.entity.Role;

/**
 * The roles a school gives its staff (R-S04, R-A01) and the rule that it never loses its last head
 * or its last school administrator. Pure: the boundary reads the rows, this decides.
 */
public final class StaffRoles {
    /** The roles a school's head or administrator may give a member of staff, in display order. */
    public static final List<String> ASSIGNABLE =
            List.of(
                    Role.HEAD,
                    Role.DEPUTY_HEAD,
                    Role.TEACHER,
                    Role.CLASS_TEACHER,
                    Role.SCHOOL_ADMIN);

    /** Roles of which a school must always keep at least one holder. */
    public static final List<String> INDISPENSABLE = List.of(Role.HEAD, Role.SCHOOL_ADMIN);

    private StaffRoles() {}

    /**
     * The roles asked for, stripped and in lower case; refuses ({@link
     * JournalException.Kind#INVALID}, key {@code staff.roles.unknown}) any role a school cannot
     * give its staff, naming them all.
     */
    public static Set<String> assignable(Collection<String> roles) {
        Set<String> wanted = new TreeSet<>();
        Set<String> refused = new TreeSet<>();
        if (roles != null) {
            for (String role : roles) {
                String name = role == null ? "" : role.strip().toLowerCase(Locale.ROOT);
                if (ASSIGNABLE.contains(name)) {
                    wanted.add(name);
                } else {
                    refused.add(role == null ? "null" : role.strip());
                }
            }
        }
        if (!refused.isEmpty()) {
            throw new JournalException(
                    JournalException.Kind.INVALID,
                    "staff.roles.unknown",
                    String.join(", ", refused),
                    String.join(", ", ASSIGNABLE));
        }
        return wanted;
    }

    /**
     * Refuses ({@link JournalException.Kind#CONFLICT}, key {@code staff.lastRole}, naming the role)
     * taking away a head's or an administrator's role from its last holder in the school.
     *
     * @param current the roles the staff member holds now in the school
     * @param wanted the roles it is to hold
     * @param holders per role, how many accounts hold it in the school now (this one included)
     */
    public static void requireKept(
            Set<String> current, Set<String> wanted, Map<String, Long> holders) {
        for (int i = 0; i < INDISPENSABLE.size(); i++) {
            String role = INDISPENSABLE.get(i);
            if (current.contains(role)
                    && !wanted.contains(role)
                    && holders.getOrDefault(role, 0L) <= 1) {
                throw new JournalException(
                        JournalException.Kind.CONFLICT, "staff.lastRole", role, i);
            }
        }
    }

    /** The roles in {@code wanted} that are not in {@code current}. */
    public static Set<String> added(Set<String> current, Set<String> wanted) {
        Set<String> result = new TreeSet<>(wanted);
        result.removeAll(current);
        return result;
    }

    /** The roles in {@code current} that are not in {@code wanted}. */
    public static Set<String> removed(Set<String> current, Set<String> wanted) {
        Set<String> result = new TreeSet<>(current);
        result.removeAll(wanted);
        return result;
    }
}
