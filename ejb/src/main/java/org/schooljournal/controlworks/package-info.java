/** The internal control of the school (ВШК): the schedule of control works (R-S12). */
package org.schooljournal.controlworks;
