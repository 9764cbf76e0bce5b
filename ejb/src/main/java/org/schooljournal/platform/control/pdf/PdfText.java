package org.schooljournal.platform.control.pdf;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.font.PDFont;

/** Measuring and wrapping text for a font and size; no drawing. */
public final class PdfText {
    private PdfText() {}

    /** Width in points; characters the font lacks are measured as a question mark. */
    public static float width(PDFont font, float size, String text) {
        try {
            return font.getStringWidth(text) / 1000f * size;
        } catch (IOException | IllegalArgumentException e) {
            return width(font, size, clean(font, text));
        }
    }

    /**
     * The text as the font can show it: control characters become spaces, glyphs the font lacks a
     * question mark (never an exception in the middle of a municipality's print run).
     */
    public static String clean(PDFont font, String text) {
        if (text == null) {
            return "";
        }
        StringBuilder b = new StringBuilder(text.length());
        text.codePoints()
                .forEach(
                        c ->
                                b.appendCodePoint(
                                        Character.isISOControl(c) || Character.isWhitespace(c)
                                                ? ' '
                                                : c));
        String plain = b.toString();
        if (encodable(font, plain)) {
            return plain;
        }
        b.setLength(0);
        plain.codePoints()
                .forEach(
                        c -> {
                            String one = new String(Character.toChars(c));
                            b.append(encodable(font, one) ? one : "?");
                        });
        return b.toString();
    }

    private static boolean encodable(PDFont font, String text) {
        try {
            font.encode(text);
            return true;
        } catch (IOException | IllegalArgumentException e) {
            return false;
        }
    }

    /**
     * The lines of {@code text} within {@code maxWidth}: broken at spaces and at line breaks, a
     * word longer than a line broken between characters, so nothing is ever cut off.
     */
    public static List<String> wrap(PDFont font, float size, String text, float maxWidth) {
        List<String> lines = new ArrayList<>();
        if (text == null || text.isEmpty()) {
            lines.add("");
            return lines;
        }
        for (String paragraph : text.split("\\R", -1)) {
            StringBuilder line = new StringBuilder();
            for (String word : paragraph.trim().split(" +")) {
                String candidate = line.length() == 0 ? word : line + " " + word;
                if (width(font, size, candidate) <= maxWidth) {
                    line.setLength(0);
                    line.append(candidate);
                    continue;
                }
                if (line.length() > 0) {
                    lines.add(line.toString());
                    line.setLength(0);
                }
                String rest = word;
                while (width(font, size, rest) > maxWidth && rest.length() > 1) {
                    int n = fitting(font, size, rest, maxWidth);
                    lines.add(rest.substring(0, n));
                    rest = rest.substring(n);
                }
                line.append(rest);
            }
            lines.add(line.toString());
        }
        return lines;
    }

    /** How many leading characters (at least one) of {@code text} fit in {@code maxWidth}. */
    private static int fitting(PDFont font, float size, String text, float maxWidth) {
        int n = 1;
        while (n < text.length() && width(font, size, text.substring(0, n + 1)) <= maxWidth) {
            n++;
        }
        if (Character.isHighSurrogate(text.charAt(n - 1)) && n < text.length()) {
            n++;
        }
        return n;
    }
}
