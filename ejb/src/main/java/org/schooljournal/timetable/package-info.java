/** The weekly timetable and the lessons generated from it (R-S10, R-S11). */
package org.schooljournal.timetable;
