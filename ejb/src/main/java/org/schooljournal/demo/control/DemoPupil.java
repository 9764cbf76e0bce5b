package org.schooljournal.demo.control;

import java.time.LocalDate;

/**
 * A pupil with an account and one parent.
 *
 * @param index position in {@link DemoSchool#pupils()}; the login is {@code s{N}.pupil{index+1}}
 */
public record DemoPupil(
        int index,
        DemoClass schoolClass,
        DemoPerson person,
        LocalDate birthDate,
        DemoAccount account,
        DemoGuardian guardian) {}
