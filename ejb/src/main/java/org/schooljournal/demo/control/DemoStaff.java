package org.schooljournal.demo.control;

/**
 * A member of a school's staff with an account.
 *
 * @param index position in {@link DemoSchool#staff()}
 */
public record DemoStaff(int index, DemoPerson person, String position, DemoAccount account) {}
