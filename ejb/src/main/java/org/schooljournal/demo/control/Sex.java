package org.schooljournal.demo.control;

/** A person's sex: Russian surnames and patronymics have a masculine and a feminine form. */
public enum Sex {
    MALE,
    FEMALE
}
