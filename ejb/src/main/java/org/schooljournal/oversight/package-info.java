/**
 * Oversight (внутришкольный контроль, issue 12): the deputy head's and the head's checks of how the
 * journals are kept (R-C01, R-C02: timeliness read from the audit trail's own times, mark density)
 * and the results of a period (R-C03, R-C04 in the task's sense: success and quality rates), each
 * exportable as XLSX, CSV and PDF/A (R-O01). Reads the journal, audit, people and school features;
 * nothing depends on it. Not the ВШК schedule of control works: that is {@code controlworks}.
 */
package org.schooljournal.oversight;
