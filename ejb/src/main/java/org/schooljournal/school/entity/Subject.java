package org.schooljournal.school.entity;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import org.schooljournal.platform.entity.SchoolOwned;

/** A subject taught in a school, with its grading system. */
@Entity
@Table(name = "subject")
public class Subject extends SchoolOwned {
    private String name;

    @Enumerated(EnumType.STRING)
    private Grading grading;

    protected Subject() {}

    public Subject(String name, Grading grading) {
        this.name = name;
        this.grading = grading;
    }

    public String getName() {
        return name;
    }

    public Grading getGrading() {
        return grading;
    }
}
