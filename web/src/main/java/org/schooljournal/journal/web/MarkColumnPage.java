package org.schooljournal.journal.web;

import java.io.Serializable;
import java.util.Map;

/**
 * A screen where the teacher types final marks down a column, period marks (R-J07) or year marks
 * (R-J12): the column and what the page reads of it per pupil.
 */
public abstract class MarkColumnPage implements Serializable {
    private static final long serialVersionUID = 1L;

    protected final MarkColumn column = new MarkColumn();

    public Map<Long, String> getValues() {
        return column.values();
    }

    public Map<Long, String> getReasons() {
        return column.reasons();
    }

    public Map<Long, String> getProblems() {
        return column.problems();
    }
}
