package org.schooljournal.demo.control;

import java.util.Objects;

/** A person's full Russian name: фамилия, имя, отчество, in the forms of the person's sex. */
public record DemoPerson(Sex sex, String lastName, String firstName, String middleName) {
    public DemoPerson {
        Objects.requireNonNull(sex);
        Objects.requireNonNull(lastName);
        Objects.requireNonNull(firstName);
        Objects.requireNonNull(middleName);
    }

    /** "Иванова Мария Петровна". */
    public String fullName() {
        return lastName + " " + firstName + " " + middleName;
    }
}
