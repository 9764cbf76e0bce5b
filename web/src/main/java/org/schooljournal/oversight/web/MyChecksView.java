package org.schooljournal.oversight.web;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.schooljournal.identity.web.SessionView;
import org.schooljournal.oversight.boundary.Checks;
import org.schooljournal.oversight.boundary.LateEntry;

/**
 * A teacher's own findings on its home page (R-C01): what is late or missing in its journals in the
 * last 30 days, each linking to the journal's month.
 */
@Named("myChecks")
@RequestScoped
public class MyChecksView {
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy");

    @EJB Checks checks;

    @Inject SessionView session;

    private List<LateEntry> entries;

    public List<LateEntry> getEntries() {
        if (entries == null) {
            entries =
                    session.has("teacher") || session.has("class_teacher")
                            ? checks.mine().entries()
                            : List.of();
        }
        return entries;
    }

    public String line(LateEntry e) {
        String what = text("oversight.kind." + e.kind());
        if (e.workType() != null) {
            what += ": " + text("oversight.workType." + e.workType());
        }
        return what + " — " + text("oversight.finding." + e.finding());
    }

    public String date(LocalDate d) {
        return DATE.format(d);
    }

    private String text(String key) {
        return org.schooljournal.platform.control.Messages.text(session.getLocale(), key);
    }
}
