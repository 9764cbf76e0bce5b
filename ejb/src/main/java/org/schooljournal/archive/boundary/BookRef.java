package org.schooljournal.archive.boundary;

/** TEMPORARY contract stub of h-print; removed when h-print lands on main. */
public record BookRef(long schoolId, long yearId, long classId, String className) {}
