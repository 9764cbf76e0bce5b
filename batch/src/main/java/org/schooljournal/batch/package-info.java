/**
 * Batch jobs (Jakarta Batch): importing a class's pupils and parents from a CSV or XLSX roster.
 * Jobs are started, restarted and queried only through the {@code boundary.Jobs} facade: in an EAR
 * a job started from one module cannot be queried from another.
 */
package org.schooljournal.batch;
