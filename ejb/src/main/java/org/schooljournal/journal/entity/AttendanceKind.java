package org.schooljournal.journal.entity;

/**
 * Why a pupil missed a lesson or came late (R-J04), with the code the journal shows
 * (journal-conventions: «Б» illness, «УП» excused, «НП» unexcused, «ОП» late).
 */
public enum AttendanceKind {
    ILLNESS("Б"),
    EXCUSED("УП"),
    UNEXCUSED("НП"),
    LATE("ОП");

    private final String code;

    AttendanceKind(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    public boolean isAbsence() {
        return this != LATE;
    }
}
