package org.schooljournal.calendar.entity;

/** Holidays (каникулы) between periods, or a single day off (праздничный / выходной день). */
public enum HolidayKind {
    HOLIDAYS,
    DAY_OFF
}
