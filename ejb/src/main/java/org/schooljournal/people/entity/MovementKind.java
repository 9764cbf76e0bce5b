package org.schooljournal.people.entity;

/** Прибытие, перевод, выбытие (R-S13). */
public enum MovementKind {
    ARRIVAL,
    TRANSFER,
    WITHDRAWAL
}
