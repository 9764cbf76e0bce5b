package org.schooljournal.diary.control;

import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * R-A04: logins for pupils and parents, made from the name so they read and dictate easily:
 * «Иванова Анна» → {@code ivanova.a}, the next Иванова А. → {@code ivanova.a2}. Latin letters by
 * the transliteration of Russian passports (ГОСТ Р 52535.1-2006, simplified), within the login rule
 * of accounts ({@code [A-Za-z0-9][A-Za-z0-9._-]{2,99}}).
 */
public final class FamilyLogins {
    private static final Map<Character, String> LATIN =
            Map.ofEntries(
                    Map.entry('а', "a"),
                    Map.entry('б', "b"),
                    Map.entry('в', "v"),
                    Map.entry('г', "g"),
                    Map.entry('д', "d"),
                    Map.entry('е', "e"),
                    Map.entry('ё', "e"),
                    Map.entry('ж', "zh"),
                    Map.entry('з', "z"),
                    Map.entry('и', "i"),
                    Map.entry('й', "i"),
                    Map.entry('к', "k"),
                    Map.entry('л', "l"),
                    Map.entry('м', "m"),
                    Map.entry('н', "n"),
                    Map.entry('о', "o"),
                    Map.entry('п', "p"),
                    Map.entry('р', "r"),
                    Map.entry('с', "s"),
                    Map.entry('т', "t"),
                    Map.entry('у', "u"),
                    Map.entry('ф', "f"),
                    Map.entry('х', "kh"),
                    Map.entry('ц', "ts"),
                    Map.entry('ч', "ch"),
                    Map.entry('ш', "sh"),
                    Map.entry('щ', "shch"),
                    Map.entry('ъ', "ie"),
                    Map.entry('ы', "y"),
                    Map.entry('ь', ""),
                    Map.entry('э', "e"),
                    Map.entry('ю', "iu"),
                    Map.entry('я', "ia"));

    /** Longest surname part kept: a login stays short enough to type. */
    static final int MAX_SURNAME = 30;

    private FamilyLogins() {}

    /** Latin letters and digits of {@code text}, lower case; anything else is dropped. */
    public static String latin(String text) {
        StringBuilder out = new StringBuilder();
        for (char c : text.toLowerCase(Locale.ROOT).toCharArray()) {
            if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
                out.append(c);
            } else {
                out.append(LATIN.getOrDefault(c, ""));
            }
        }
        return out.toString();
    }

    /** {@code surname.initial}, padded to the login rule's three characters. */
    public static String base(String lastName, String firstName) {
        String surname = latin(lastName);
        if (surname.length() > MAX_SURNAME) {
            surname = surname.substring(0, MAX_SURNAME);
        }
        String initial = latin(firstName);
        String login =
                (surname.isEmpty() ? "user" : surname)
                        + (initial.isEmpty() ? "" : "." + initial.charAt(0));
        return login.length() < 3 ? login + "00".substring(0, 3 - login.length()) : login;
    }

    /** {@code base}, or with the first number from 2 that makes it free. */
    public static String unique(String base, Set<String> taken) {
        if (!taken.contains(base)) {
            return base;
        }
        for (int n = 2; ; n++) {
            if (!taken.contains(base + n)) {
                return base + n;
            }
        }
    }
}
