package org.schooljournal.oversight.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import org.schooljournal.platform.entity.JournalException;
import org.schooljournal.platform.entity.SchoolOwned;

/** What a school sets for the deputy's checks (R-C01): the mark-density threshold. */
@Entity
@Table(name = "oversight_setting")
@NamedQuery(name = "OversightSetting.own", query = "select s from OversightSetting s")
public class OversightSetting extends SchoolOwned {
    /** Used while a school has set nothing: «fewer than 3 marks by the end of a quarter». */
    public static final int DEFAULT_MIN_MARKS = 3;

    public static final int MAX_MIN_MARKS = 20;

    @Column(name = "min_marks")
    private int minMarks = DEFAULT_MIN_MARKS;

    protected OversightSetting() {}

    public OversightSetting(int minMarks) {
        changeMinMarks(minMarks);
    }

    public void changeMinMarks(int value) {
        if (value < 1 || value > MAX_MIN_MARKS) {
            throw new JournalException(
                    JournalException.Kind.INVALID, "oversight.minMarks.range", MAX_MIN_MARKS);
        }
        this.minMarks = value;
    }

    public int getMinMarks() {
        return minMarks;
    }
}
