/**
 * Work the server does on its own, with no person behind it: the archive's scheduled runs ({@link
 * org.schooljournal.batch.control.ScheduledRuns}) and what their jobs do with the archive ({@link
 * org.schooljournal.batch.control.SystemWork}). No caller role is checked here, so nothing here
 * takes input a caller could choose, and the screens and REST resources cannot reach it ({@code
 * ArchitectureTest}: the edge uses boundaries only).
 */
package org.schooljournal.batch.control;
