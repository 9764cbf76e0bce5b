package org.schooljournal.school.boundary;

import java.util.List;
import java.util.Locale;
import org.schooljournal.platform.control.Messages;

/**
 * A violation of the curriculum by the teaching load (R-S08): the message key of the {@code
 * messages} bundle, its arguments and the message rendered (in Russian unless re-rendered).
 */
public record LoadViolationData(String key, List<Object> args, String message)
        implements java.io.Serializable {
    /** The same violation with its message in the given language. */
    public LoadViolationData in(Locale locale) {
        return new LoadViolationData(key, args, Messages.text(locale, key, args.toArray()));
    }
}
