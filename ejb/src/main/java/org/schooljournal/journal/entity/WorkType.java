package org.schooljournal.journal.entity;

/**
 * What a mark was given for (R-J02). The letter after a mark in a grid cell names its work type
 * («4к» a control work); a mark without one is an answer in class, the common case.
 */
public enum WorkType {
    ANSWER(""),
    TEST("т"),
    CONTROL_WORK("к"),
    WRITTEN_WORK("п"),
    DICTATION("д"),
    HOMEWORK("дз");

    private final String code;

    WorkType(String code) {
        this.code = code;
    }

    /** The letter a teacher types after the mark, "" for an answer in class. */
    public String code() {
        return code;
    }
}
