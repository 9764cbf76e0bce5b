package org.schooljournal.school.control;

import jakarta.persistence.EntityManager;
import org.schooljournal.platform.entity.JournalException;
import org.schooljournal.school.entity.Staff;
import org.schooljournal.school.entity.Subject;

/** A school's staff member or subject by id, or the refusal that it does not exist. */
public final class SchoolRecords {
    private SchoolRecords() {}

    public static Staff staff(EntityManager em, long staffId) {
        Staff s = em.find(Staff.class, staffId);
        if (s == null) {
            throw JournalException.notFound("staff " + staffId);
        }
        return s;
    }

    public static Subject subject(EntityManager em, long subjectId) {
        Subject s = em.find(Subject.class, subjectId);
        if (s == null) {
            throw JournalException.notFound("subject " + subjectId);
        }
        return s;
    }
}
