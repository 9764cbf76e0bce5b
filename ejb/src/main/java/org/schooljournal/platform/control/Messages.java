package org.schooljournal.platform.control;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import org.schooljournal.platform.entity.JournalException;

/** Renders a {@link JournalException} in the user's language (Russian unless asked otherwise). */
public final class Messages {
    public static final Locale RUSSIAN = Locale.forLanguageTag("ru");
    private static final String BUNDLE = "org.schooljournal.platform.messages";

    private Messages() {}

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
            return new MessageFormat(bundle.getString(key), effective).format(args);
        } catch (MissingResourceException missing) {
            return key;
        }
    }
}
