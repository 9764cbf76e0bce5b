package org.schooljournal.journal.web;

import jakarta.faces.context.FacesContext;
import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.schooljournal.journal.boundary.FinalMarkRow;
import org.schooljournal.platform.web.Refusals;

/**
 * The column a teacher types down on the period and year marks screens: per pupil the mark and its
 * reason as typed, and the refusal of the last save shown in the pupil's row.
 */
final class MarkColumn implements Serializable {
    private static final long serialVersionUID = 1L;

    /** What a pupil's row holds when it is saved; {@code reason} null when blank. */
    record Typed(String value, String reason) {}

    private final Map<Long, String> values = new HashMap<>();
    private final Map<Long, String> reasons = new HashMap<>();
    private final Map<Long, String> problems = new HashMap<>();

    void clear() {
        values.clear();
        reasons.clear();
    }

    /** The sheet's rows as stored, instead of what was typed before. */
    void showAll(List<? extends FinalMarkRow> rows) {
        clear();
        for (FinalMarkRow r : rows) {
            show(r.pupilId(), r.value(), r.reason());
        }
    }

    /** A row as stored (null shows empty). */
    void show(long pupilId, String value, String reason) {
        values.put(pupilId, value == null ? "" : value);
        reasons.put(pupilId, reason == null ? "" : reason);
    }

    /** The row to save, its earlier refusal cleared; null when its mark field is empty. */
    Typed typed(long pupilId) {
        problems.remove(pupilId);
        String value = values.getOrDefault(pupilId, "").strip();
        return value.isEmpty() ? null : new Typed(value, blankToNull(reasons.get(pupilId)));
    }

    /** Shows the service's refusal in the pupil's row and among the page's messages. */
    void refuse(long pupilId, RuntimeException e, Locale locale) {
        var context = FacesContext.getCurrentInstance();
        int before = context.getMessageList().size();
        Refusals.show(e, locale);
        var all = context.getMessageList();
        problems.put(pupilId, all.size() > before ? all.get(all.size() - 1).getSummary() : "");
    }

    static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    Map<Long, String> values() {
        return values;
    }

    Map<Long, String> reasons() {
        return reasons;
    }

    Map<Long, String> problems() {
        return problems;
    }
}
