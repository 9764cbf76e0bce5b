/**
 * Calendar-thematic plans (КТП, R-S09): per subject, grade and academic year the ordered lesson
 * topics with their hours. Reading and writing the spreadsheet lives in the batch module, next to
 * Apache POI.
 */
package org.schooljournal.lessonplan;
