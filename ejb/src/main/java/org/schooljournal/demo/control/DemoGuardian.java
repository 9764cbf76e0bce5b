package org.schooljournal.demo.control;

/**
 * A parent with an account.
 *
 * @param index position in {@link DemoSchool#guardians()}
 */
public record DemoGuardian(
        int index, DemoPerson person, String email, String phone, DemoAccount account) {}
