package org.schooljournal.platform.control.pdf;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntFunction;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.util.Matrix;

/**
 * One page of a {@link PdfDocument}: text (a line, a line clipped to a width, a wrapped paragraph),
 * lines and boxes, in points from the bottom-left corner. The margins leave room on the left for
 * binding and at the bottom for the footer. Only black, white and greys of DeviceRGB are used, and
 * nothing transparent (PDF/A).
 */
public final class PdfPage {
    /** A font and size. */
    public record Style(PdfFont font, float size) {
        public static final Style TITLE = new Style(PdfFont.BOLD, 16);
        public static final Style HEADING = new Style(PdfFont.BOLD, 11);
        public static final Style TEXT = new Style(PdfFont.REGULAR, 9);
        public static final Style SMALL = new Style(PdfFont.REGULAR, 7);
        public static final Style SMALL_BOLD = new Style(PdfFont.BOLD, 7);

        public Style bold() {
            return new Style(PdfFont.BOLD, size);
        }

        public Style sized(float newSize) {
            return new Style(font, newSize);
        }

        /** Distance between baselines. */
        public float leading() {
            return size * 1.2f;
        }
    }

    public enum Align {
        LEFT,
        CENTER,
        RIGHT
    }

    static final float BINDING_MARGIN = 42; // 15 mm: the book is sewn on the left
    static final float MARGIN = 22;
    static final float FOOTER = 26;

    private final PdfDocument pdf;
    private final PDPage page;
    private final int number;
    private final List<IntFunction<Runnable>> later = new ArrayList<>();
    private PDPageContentStream stream;

    PdfPage(PdfDocument pdf, PDPage page, PDPageContentStream stream, int number) {
        this.pdf = pdf;
        this.page = page;
        this.stream = stream;
        this.number = number;
    }

    public int number() {
        return number;
    }

    public float left() {
        return BINDING_MARGIN;
    }

    public float right() {
        return page.getMediaBox().getWidth() - MARGIN;
    }

    public float top() {
        return page.getMediaBox().getHeight() - MARGIN;
    }

    /** The lowest y content may use: the footer lies below it. */
    public float bottom() {
        return FOOTER + 6;
    }

    public float width() {
        return right() - left();
    }

    public PDType0Font font(Style style) {
        return pdf.font(style.font());
    }

    public float textWidth(String text, Style style) {
        return pdf.width(style.font(), style.size(), text == null ? "" : text);
    }

    /** One line with its baseline at {@code y}, as is. */
    public void text(float x, float y, String text, Style style) {
        show(x, y, text, style);
    }

    /**
     * One line aligned in a box of {@code width}, shrunk (down to 60 %) and then clipped to fit.
     */
    public void text(float x, float y, float width, String text, Style style, Align align) {
        if (text == null || text.isEmpty()) {
            return;
        }
        Style fitted = style;
        float w = textWidth(text, fitted);
        while (w > width && fitted.size() > style.size() * 0.6f) {
            fitted = fitted.sized(fitted.size() - 0.5f);
            w = textWidth(text, fitted);
        }
        float at =
                switch (align) {
                    case LEFT -> x;
                    case CENTER -> x + (width - w) / 2;
                    case RIGHT -> x + width - w;
                };
        if (w > width) {
            clipped(x, y - fitted.size() * 0.3f, width, fitted.size() * 1.3f, x, y, text, fitted);
        } else {
            show(at, y, text, fitted);
        }
    }

    /**
     * A paragraph wrapped to {@code width} with its first baseline at {@code y}; returns the
     * baseline below its last line.
     */
    public float paragraph(float x, float y, float width, String text, Style style) {
        for (String line : PdfText.wrap(font(style), style.size(), clean(text, style), width)) {
            show(x, y, line, style);
            y -= style.leading();
        }
        return y;
    }

    /** A paragraph wrapped to {@code width}, each line aligned; returns the next baseline. */
    public float paragraph(float x, float y, float width, String text, Style style, Align align) {
        for (String line : PdfText.wrap(font(style), style.size(), clean(text, style), width)) {
            text(x, y, width, line, style, align);
            y -= style.leading();
        }
        return y;
    }

    /**
     * A form's title at the top of the page: the heading and under it one line naming whose it is
     * (school, class, year), both centred; returns the y below them.
     */
    public float title(String heading, String subtitle) {
        float y = paragraph(left(), top() - 12, width(), heading, Style.HEADING, Align.CENTER);
        return paragraph(left(), y, width(), subtitle, Style.TEXT, Align.CENTER);
    }

    public void line(float x1, float y1, float x2, float y2, float lineWidth) {
        try {
            stream.setLineWidth(lineWidth);
            stream.moveTo(x1, y1);
            stream.lineTo(x2, y2);
            stream.stroke();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public void box(float x, float y, float w, float h, float lineWidth) {
        try {
            stream.setLineWidth(lineWidth);
            stream.addRect(x, y, w, h);
            stream.stroke();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A grey area (0 black … 1 white), e.g. under a table header. */
    public void shade(float x, float y, float w, float h, float grey) {
        try {
            stream.setNonStrokingColor(grey, grey, grey);
            stream.addRect(x, y, w, h);
            stream.fill();
            stream.setNonStrokingColor(0f, 0f, 0f);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Text drawn by {@link PdfDocument#finish} once the number of pages is known, e.g. «Всего
     * пронумеровано … 57 листов».
     */
    public void later(float x, float y, float width, Style style, IntFunction<String> text) {
        later.add(total -> () -> paragraph(x, y, width, text.apply(total), style));
    }

    void drawLater(int total) {
        for (IntFunction<Runnable> l : later) {
            l.apply(total).run();
        }
    }

    void footer(String left, String pageNumber) {
        Style s = Style.SMALL;
        float y = FOOTER - 10;
        line(left(), FOOTER, right(), FOOTER, 0.3f);
        text(left(), y, width() * 0.75f, left, s, Align.LEFT);
        text(right() - 100, y, 100, pageNumber, Style.SMALL_BOLD, Align.RIGHT);
    }

    void watermark(String text) {
        Style s = new Style(PdfFont.BOLD, 110);
        float w = textWidth(text, s);
        float cx = page.getMediaBox().getWidth() / 2;
        float cy = page.getMediaBox().getHeight() / 2;
        double angle = Math.atan2(page.getMediaBox().getHeight(), page.getMediaBox().getWidth());
        try {
            stream.saveGraphicsState();
            // a light grey under the content, not a transparent layer over it (PDF/A-2b)
            stream.setNonStrokingColor(0.86f, 0.86f, 0.86f);
            stream.beginText();
            stream.setFont(font(s), s.size());
            Matrix m = Matrix.getRotateInstance(angle, cx, cy);
            m.translate(-w / 2, -s.size() / 3);
            stream.setTextMatrix(m);
            stream.showText(text);
            stream.endText();
            stream.restoreGraphicsState();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        pdf.digest("watermark", text);
    }

    private void clipped(
            float bx, float by, float bw, float bh, float x, float y, String text, Style style) {
        try {
            stream.saveGraphicsState();
            stream.addRect(bx, by, bw, bh);
            stream.clip();
            show(x, y, text, style);
            stream.restoreGraphicsState();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private String clean(String text, Style style) {
        return pdf.cleaned(style.font(), text == null ? "" : text);
    }

    private void show(float x, float y, String text, Style style) {
        if (text == null || text.isEmpty()) {
            return;
        }
        String shown = pdf.cleaned(style.font(), text);
        try {
            stream.beginText();
            stream.setFont(font(style), style.size());
            stream.newLineAtOffset(x, y);
            stream.showText(shown);
            stream.endText();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        pdf.digest(shown, Float.toString(x), Float.toString(y), style.toString());
    }

    PDPage page() {
        return page;
    }

    void reopen(PDPageContentStream s) {
        this.stream = s;
    }

    void close() {
        if (stream == null) {
            return;
        }
        try {
            stream.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        stream = null;
    }
}
