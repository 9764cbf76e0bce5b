/** The diary: what pupils and parents read (R-D01). */
package org.schooljournal.diary;
