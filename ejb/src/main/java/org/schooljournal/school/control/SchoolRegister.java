package org.schooljournal.school.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.ZoneId;
import java.util.Optional;
import org.schooljournal.platform.control.SchoolDirectory;
import org.schooljournal.school.entity.School;

/** The school feature's answer to {@link SchoolDirectory}. */
@ApplicationScoped
public class SchoolRegister implements SchoolDirectory {
    @Inject EntityManager em;

    @Override
    public Optional<String> name(long schoolId) {
        return school(schoolId).map(School::getName);
    }

    @Override
    public Optional<ZoneId> zone(long schoolId) {
        return school(schoolId).flatMap(School::timeZone);
    }

    private Optional<School> school(long schoolId) {
        return Optional.ofNullable(em.find(School.class, schoolId));
    }
}
