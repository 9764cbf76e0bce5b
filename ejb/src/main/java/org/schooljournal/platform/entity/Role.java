package org.schooljournal.platform.entity;

/** Role names as stored in {@code account_role.role} and used in {@code @RolesAllowed} (R-A01). */
public final class Role {
    public static final String MUNICIPAL_ADMIN = "municipal_admin";
    public static final String SCHOOL_ADMIN = "school_admin";
    public static final String HEAD = "head";
    public static final String DEPUTY_HEAD = "deputy_head";
    public static final String TEACHER = "teacher";
    public static final String CLASS_TEACHER = "class_teacher";
    public static final String PUPIL = "pupil";
    public static final String PARENT = "parent";
    public static final String ARCHIVIST = "archivist";

    /**
     * A group, not a stored role: every account with a role of a school's staff (administrator,
     * head, deputy head, teacher, class teacher) has it besides its roles, so services that all of
     * the staff use say {@code @RolesAllowed(Role.STAFF)} instead of repeating the list. The
     * identity store adds it (see {@link #STAFF_ROLES_SQL}); group names are role names on Payara
     * Micro and Server alike (default group-to-role mapping).
     */
    public static final String STAFF = "staff";

    /** The roles that give {@link #STAFF}, as an SQL list for the identity store's group query. */
    public static final String STAFF_ROLES_SQL =
            "'"
                    + SCHOOL_ADMIN
                    + "', '"
                    + HEAD
                    + "', '"
                    + DEPUTY_HEAD
                    + "', '"
                    + TEACHER
                    + "', '"
                    + CLASS_TEACHER
                    + "'";

    public static final String[] ALL = {
        MUNICIPAL_ADMIN,
        SCHOOL_ADMIN,
        HEAD,
        DEPUTY_HEAD,
        TEACHER,
        CLASS_TEACHER,
        PUPIL,
        PARENT,
        ARCHIVIST
    };

    private Role() {}
}
