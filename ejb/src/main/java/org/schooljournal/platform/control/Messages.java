package org.schooljournal.platform.control;

import java.text.MessageFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import org.schooljournal.platform.entity.JournalException;

/** Renders a {@link JournalException} in the user's language (Russian unless asked otherwise). */
public final class Messages {
    public static final Locale RUSSIAN = Locale.forLanguageTag("ru");
    private static final String BUNDLE = "org.schooljournal.platform.messages";

    private Messages() {}

    /** Dates as a Russian reader writes them (dd.MM.yyyy), never ISO (issue 8, item 10). */
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy");

    static Object[] readable(Object... args) {
        if (args == null) {
            return new Object[0];
        }
        Object[] shown = args.clone();
        for (int i = 0; i < shown.length; i++) {
            if (shown[i] instanceof LocalDate date) {
                shown[i] = DATE.format(date);
            }
        }
        return shown;
    }

    public static String text(JournalException e, Locale locale) {
        return text(locale, e.key(), e.args());
    }

    public static String text(Locale locale, String key, Object... args) {
        Locale effective =
                "en".equals(locale == null ? null : locale.getLanguage())
                        ? Locale.ENGLISH
                        : RUSSIAN;
        try {
            ResourceBundle bundle =
                    ResourceBundle.getBundle(
                            BUNDLE,
                            effective,
                            ResourceBundle.Control.getNoFallbackControl(
                                    ResourceBundle.Control.FORMAT_PROPERTIES));
            return new MessageFormat(bundle.getString(key), effective).format(readable(args));
        } catch (MissingResourceException missing) {
            // a kind of record without its own sentence still reads as one
            return key.startsWith("notFound.") ? text(locale, "error.notFound") : key;
        }
    }
}
