/**
 * Demo data: a deterministic, generated municipality (schools, staff, classes, pupils, parents,
 * subjects, rooms, bells, curriculum and teaching load, a clash-free weekly timetable, the year's
 * lessons on the standard plan's study days, marks, the ended periods' marks and locks, control
 * works, substitutions and messages to parents) written straight into the database with JDBC
 * batches, so the application can be tried and benchmarked without real data. It is produced under
 * the same rules as real data: {@code YearPlan}/{@code SchoolDays}, {@code LessonGeneration},
 * {@code PeriodMarkRule}.
 *
 * <p>{@link org.schooljournal.demo.control.DemoMunicipality} generates the data as plain Java (no
 * container, no database); {@link org.schooljournal.demo.control.DemoWriter} writes it with JDBC
 * batches; {@link org.schooljournal.demo.boundary.DemoDataLoader} does that at start-up when the
 * {@code journal.demo} system property or the {@code JOURNAL_DEMO} environment variable asks for it
 * and the database has no school yet. Every demo account's password is {@code demo}.
 */
package org.schooljournal.demo;
