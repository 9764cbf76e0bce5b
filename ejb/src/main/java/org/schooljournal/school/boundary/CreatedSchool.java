package org.schooljournal.school.boundary;

/**
 * A school just created with its head and administrator (R-T02). The one-time passwords are shown
 * only here, once; only their hashes are stored.
 */
public record CreatedSchool(
        long schoolId,
        String name,
        String headLogin,
        String headPassword,
        String adminLogin,
        String adminPassword) {}
