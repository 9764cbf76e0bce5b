package org.schooljournal.journal.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.omnifaces.util.Ajax;
import org.schooljournal.identity.web.SessionView;
import org.schooljournal.journal.boundary.YearMarks;
import org.schooljournal.journal.boundary.YearSheet;
import org.schooljournal.platform.entity.JournalException;

/**
 * The year marks of a journal (годовая отметка, R-J12): per pupil its period marks of the year, the
 * suggestion from them and the year mark; the teacher types the mark down the column (Enter goes
 * down, as on the period marks screen) and a reason when it differs from the suggestion.
 */
@Named("yearMarks")
@ViewScoped
public class YearMarksView extends MarkColumnPage {
    private static final long serialVersionUID = 1L;

    @Inject YearMarks yearMarks;

    @Inject SessionView session;

    private Long id;
    private YearSheet sheet;
    private boolean refused;

    public void load() {
        if (id == null) {
            return;
        }
        show(yearMarks.sheet(id));
    }

    private void show(YearSheet s) {
        sheet = s;
        column.showAll(s.rows());
    }

    /** Saves one pupil's year mark (and reason) when the teacher leaves its field changed. */
    public void save(long pupilId) {
        MarkColumn.Typed typed = column.typed(pupilId);
        if (typed == null) {
            return;
        }
        try {
            show(yearMarks.set(id, pupilId, typed.value(), typed.reason()));
        } catch (RuntimeException e) {
            column.refuse(pupilId, e, session.getLocale());
            if (forbidden(e)) {
                // a reader who is not the journal's teacher: the whole column turns read-only
                refused = true;
                Ajax.update("marks");
            }
        }
    }

    private static boolean forbidden(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof jakarta.ejb.EJBAccessException
                    || (t instanceof JournalException j
                            && j.kind() == JournalException.Kind.FORBIDDEN)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the caller types year marks here. The sheet does not say whether the caller is the
     * journal's teacher: only a teacher may be, and a refusal of the service turns the screen
     * read-only for a teacher who only reads (the class teacher of the class).
     */
    public boolean isEditable() {
        return sheet != null && !refused && sheet.editable();
    }

    /** A period mark as the table shows it: «—» for a missing or deferred one. */
    public String shown(String periodMark) {
        return periodMark == null || periodMark.isBlank() ? "—" : periodMark;
    }

    /** Whether the mark set differs from the suggestion (the reason field then matters). */
    public boolean overridden(YearSheet.Row r) {
        return r.value() != null && !r.value().equals(r.suggested());
    }

    /** Whether a period mark of the row is still missing: no year mark can be set yet. */
    public boolean waiting(YearSheet.Row r) {
        return r.periodMarks().stream().anyMatch(v -> v == null || v.isBlank());
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public YearSheet getSheet() {
        return sheet;
    }

    public List<String> getPeriods() {
        return sheet == null ? List.of() : sheet.periods();
    }
}
