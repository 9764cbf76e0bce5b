/**
 * The academic year: study periods per grade range, holidays and days off (R-S01, R-S02, R-S14).
 */
package org.schooljournal.calendar;
