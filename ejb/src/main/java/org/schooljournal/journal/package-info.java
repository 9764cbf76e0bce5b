/**
 * The class journal: lessons of a teaching assignment and the marks given in them (R-J01, R-J05).
 */
package org.schooljournal.journal;
