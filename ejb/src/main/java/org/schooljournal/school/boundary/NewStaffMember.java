package org.schooljournal.school.boundary;

/**
 * A staff member just added, with the one-time password of its new account: returned here once and
 * stored nowhere but as a PBKDF2 hash.
 */
public record NewStaffMember(StaffMember staff, String login, String password) {}
