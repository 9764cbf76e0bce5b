package org.schooljournal.lessonplan.entity;

import java.io.Serializable;

/** A lesson topic as a plan receives it: its title and hours, before it gets a position. */
public record TopicLine(String title, int hours) implements Serializable {}
