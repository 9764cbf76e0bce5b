package org.schooljournal.platform.rest;

import jakarta.ws.rs.core.HttpHeaders;
import java.util.Locale;
import org.schooljournal.platform.control.Messages;

/**
 * The caller's language for the API's texts, from {@code Accept-Language} (RFC 9110 §12.5.4): the
 * supported language (Russian, English) of the highest weight, the first listed on a tie; Russian
 * when none is asked for. A malformed header never fails a request: its unreadable entries are
 * skipped. Every resource and {@link ProblemMapper} take the language from here.
 */
public final class CallerLanguage {
    private static final Locale ENGLISH = Locale.ENGLISH;

    private CallerLanguage() {}

    /** The language of the request whose headers these are. */
    public static Locale of(HttpHeaders headers) {
        if (headers == null) {
            return Messages.RUSSIAN;
        }
        try {
            return of(headers.getHeaderString(HttpHeaders.ACCEPT_LANGUAGE));
        } catch (RuntimeException unreadable) {
            return Messages.RUSSIAN;
        }
    }

    /** The language an {@code Accept-Language} value asks for; null or blank: Russian. */
    public static Locale of(String acceptLanguage) {
        if (acceptLanguage == null || acceptLanguage.isBlank()) {
            return Messages.RUSSIAN;
        }
        Locale best = Messages.RUSSIAN;
        double bestWeight = 0;
        for (String entry : acceptLanguage.split(",")) {
            String[] parts = entry.split(";");
            Locale language = supported(parts[0].strip());
            double weight = weight(parts);
            if (language != null && weight > bestWeight) {
                best = language;
                bestWeight = weight;
            }
        }
        return best;
    }

    /** Russian or English for a language range ({@code *}: the default, Russian); null: other. */
    private static Locale supported(String range) {
        if ("*".equals(range)) {
            return Messages.RUSSIAN;
        }
        String primary = range.split("-", 2)[0].toLowerCase(Locale.ROOT);
        return switch (primary) {
            case "ru" -> Messages.RUSSIAN;
            case "en" -> ENGLISH;
            default -> null;
        };
    }

    /** The entry's {@code q} (1 when absent); an unreadable or out-of-range one counts as 0. */
    private static double weight(String[] parts) {
        double weight = 1;
        for (int i = 1; i < parts.length; i++) {
            String[] parameter = parts[i].split("=", 2);
            if (!"q".equalsIgnoreCase(parameter[0].strip())) {
                continue;
            }
            try {
                weight = parameter.length < 2 ? 0 : Double.parseDouble(parameter[1].strip());
            } catch (NumberFormatException unreadable) {
                weight = 0;
            }
        }
        return weight >= 0 && weight <= 1 ? weight : 0;
    }
}
