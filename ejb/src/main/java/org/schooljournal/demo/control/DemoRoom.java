package org.schooljournal.demo.control;

/**
 * A room of a school: each teacher has one (a primary teacher its class's room, a subject teacher
 * its subject's room, a PE teacher a gym), so the timetable never puts two lessons in one room.
 *
 * @param index position in {@link DemoSchool#rooms()}
 * @param name as the timetable shows it, e.g. «204» or «Спортзал»
 */
public record DemoRoom(int index, String name, int floor, String description, int capacity) {}
