package org.schooljournal.batch.pupilimport;

import java.util.List;
import java.util.Locale;
import org.schooljournal.platform.control.Messages;

/** Renders a stored row issue in the reader's language. */
public final class IssueText {
    /** Arguments with this prefix are message keys themselves (column names), rendered first. */
    static final String COLUMN_KEY_PREFIX = "import.column.";

    private IssueText() {}

    public static String render(Locale locale, String key, List<String> args) {
        Object[] rendered =
                args.stream()
                        .map(a -> a.startsWith(COLUMN_KEY_PREFIX) ? Messages.text(locale, a) : a)
                        .toArray();
        return Messages.text(locale, key, rendered);
    }
}
