package org.schooljournal.archive.boundary;

/** A class's year to print: the school, the school year and the class as it was titled then. */
public record BookRef(long schoolId, long yearId, long classId, String className) {}
