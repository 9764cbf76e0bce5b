package org.schooljournal.diary.web;

import java.io.Serializable;
import java.util.List;
import org.schooljournal.diary.boundary.FamilyAccessList;

/**
 * A page about one class's families (access R-A04, consents R-A05, acknowledgement R-A06): the
 * classes the caller may choose from and the chosen one, the first of them when the page opens.
 */
public abstract class ClassPage implements Serializable {
    private static final long serialVersionUID = 1L;

    private List<FamilyAccessList.ClassChoice> classes = List.of();
    private Long classId;

    /** Reads the chosen class's rows again. */
    public abstract void load();

    /** Offers {@code choices} and opens the first of them, if any. */
    protected void offer(List<FamilyAccessList.ClassChoice> choices) {
        classes = choices;
        if (!classes.isEmpty()) {
            classId = classes.get(0).classId();
            load();
        }
    }

    public List<FamilyAccessList.ClassChoice> getClasses() {
        return classes;
    }

    public Long getClassId() {
        return classId;
    }

    public void setClassId(Long classId) {
        this.classId = classId;
    }
}
