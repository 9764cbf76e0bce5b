/** Schools, classes, staff, subjects and teaching assignments: who teaches what to whom. */
package org.schooljournal.school;
