/**
 * The year-end archive (issue 10): printing every class's journal book and summary sheet as
 * archival PDFs (R-P01, R-P02, R-C10), for the archivist of the municipality and a school's head.
 * It reads the journal and changes nothing. Sits above {@code diary} and below {@code batch}, whose
 * jobs call {@link org.schooljournal.archive.boundary.YearEndPrints}.
 */
package org.schooljournal.archive;
