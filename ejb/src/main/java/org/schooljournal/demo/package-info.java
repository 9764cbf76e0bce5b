/**
 * Demo data: a deterministic, generated municipality (schools, staff, classes, pupils, parents,
 * subjects, lessons and marks) written straight into the database with JDBC batches, so the
 * application can be tried and benchmarked without real data.
 *
 * <p>{@link org.schooljournal.demo.control.DemoMunicipality} generates the data as plain Java (no
 * container, no database); {@link org.schooljournal.demo.control.DemoWriter} writes it with JDBC
 * batches; {@link org.schooljournal.demo.boundary.DemoDataLoader} does that at start-up when the
 * {@code journal.demo} system property or the {@code JOURNAL_DEMO} environment variable asks for it
 * and the database has no school yet. Every demo account's password is {@code demo}.
 */
package org.schooljournal.demo;
