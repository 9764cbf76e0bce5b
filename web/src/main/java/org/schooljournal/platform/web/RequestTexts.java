package org.schooljournal.platform.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * The screens' texts (bundle {@code texts}) for an answer given outside JSF and JAX-RS, in the
 * language the API answers in: English when Accept-Language prefers it, Russian otherwise.
 */
public final class RequestTexts {
    private static final Locale RUSSIAN = Locale.forLanguageTag("ru");

    private RequestTexts() {}

    public static ResourceBundle of(HttpServletRequest request) {
        Locale locale =
                request.getHeader("Accept-Language") != null
                                && "en".equals(request.getLocale().getLanguage())
                        ? Locale.ENGLISH
                        : RUSSIAN;
        return ResourceBundle.getBundle(
                "org.schooljournal.web.texts",
                locale,
                ResourceBundle.Control.getNoFallbackControl(
                        ResourceBundle.Control.FORMAT_PROPERTIES));
    }
}
