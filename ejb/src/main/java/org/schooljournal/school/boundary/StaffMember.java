package org.schooljournal.school.boundary;

import java.time.LocalDate;
import java.util.List;

/**
 * A member of the school's staff as lists show it (R-S04): name, position, the login it signs in
 * with (never a password) and its roles in this school, in {@code StaffRoles.ASSIGNABLE} order; the
 * day it was dismissed, or null (R-A04).
 */
public record StaffMember(
        long id,
        String lastName,
        String firstName,
        String middleName,
        String shortName,
        String fullName,
        String position,
        String login,
        List<String> roles,
        LocalDate dismissedOn) {}
