package org.schooljournal.platform.control;

/**
 * What no free text of the journal may hold (R-A03): topics, homework, comments, reasons, messages.
 * Control characters hide text, and the bidirectional embeddings, overrides and isolates reorder it
 * on screen (U+202E turns «5 ,2» into «2, 5»), so what a teacher, parent or auditor reads would not
 * be what is stored. Refused: C0 controls but tab, line feed and a carriage return before a line
 * feed (a browser's line break), DEL and the C1 controls, U+202A–U+202E and U+2066–U+2069.
 */
public final class FreeText {
    private FreeText() {}

    /** The first character that no free text may hold, as {@code U+202E}; null when none. */
    public static String forbiddenCharacter(String text) {
        if (text == null) {
            return null;
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean lineBreak =
                    c == '\n' || c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n';
            boolean control = (c < 0x20 && c != '\t' && !lineBreak) || (c >= 0x7F && c <= 0x9F);
            boolean bidi = (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069);
            if (control || bidi) {
                return String.format("U+%04X", (int) c);
            }
        }
        return null;
    }
}
