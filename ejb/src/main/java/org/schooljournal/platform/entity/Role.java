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
