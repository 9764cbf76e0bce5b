package org.schooljournal.journal.entity;

/** What a mark was given for (R-J02). The list becomes configurable per school later. */
public enum WorkType {
    ANSWER,
    TEST,
    CONTROL_WORK,
    WRITTEN_WORK,
    DICTATION,
    HOMEWORK
}
