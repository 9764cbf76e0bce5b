package org.schooljournal.audit.web;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.schooljournal.audit.boundary.AuditData;
import org.schooljournal.audit.boundary.AuditTrails;
import org.schooljournal.audit.boundary.ChainCheck;
import org.schooljournal.platform.control.SchoolClock;

/**
 * The deputy's and the head's view of the school's audit trail (R-A08): whether the chain holds,
 * how many entries the sequencer has not reached yet and how old the oldest is (issue 11), and the
 * latest entries.
 */
@Named("auditTrail")
@RequestScoped
public class AuditTrailView {
    static final int RECENT = 50;
    private static final DateTimeFormatter SHOWN =
            DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm:ss");

    @EJB AuditTrails trails;

    @Inject SchoolClock clock;

    private ChainCheck check;
    private List<AuditData> recent;

    public ChainCheck getCheck() {
        if (check == null) {
            check = trails.verify();
        }
        return check;
    }

    /** An entry's time in the school's zone. */
    public String at(Instant instant) {
        return instant == null ? "" : SHOWN.format(instant.atZone(clock.zone()));
    }

    public List<AuditData> getRecent() {
        if (recent == null) {
            var locale = FacesContext.getCurrentInstance().getViewRoot().getLocale();
            recent = trails.recent(RECENT).stream().map(e -> e.in(locale)).toList();
        }
        return recent;
    }
}
