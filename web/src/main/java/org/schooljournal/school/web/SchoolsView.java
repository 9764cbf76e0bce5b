package org.schooljournal.school.web;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import java.util.List;
import org.schooljournal.school.boundary.Municipality;
import org.schooljournal.school.boundary.SchoolCount;

/** The municipality's overview of its schools (R-T02): counts, no personal data. */
@Named("schools")
@RequestScoped
public class SchoolsView {
    @EJB Municipality municipality;

    private List<SchoolCount> all;

    public List<SchoolCount> getAll() {
        if (all == null) {
            all = municipality.schools();
        }
        return all;
    }
}
