/** Pupils and their parents (guardians). */
package org.schooljournal.people;
