package org.schooljournal.platform.control.pdf;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.schooljournal.platform.control.pdf.PdfPage.Align;
import org.schooljournal.platform.control.pdf.PdfPage.Style;

/**
 * A ruled table of fixed column widths. A cell's text wraps inside its column, so a row is as tall
 * as its tallest cell; a row that does not fit the page goes whole to the next one, where the
 * header rows are repeated. Nothing is cut: a single row taller than a whole page is the only thing
 * split (between its lines).
 */
public final class PdfTable {
    /**
     * A cell: text, bold or not, alignment, how many columns it spans; {@code deferred}, when not
     * null, gives the text only when the document is finished (e.g. a contents page's sheet
     * numbers, known once the later pages are drawn); {@code text} then only reserves the room.
     */
    public record Cell(
            String text, boolean bold, Align align, int span, Supplier<String> deferred) {
        public Cell {
            if (span < 1) {
                throw new IllegalArgumentException("span " + span);
            }
        }

        public static Cell of(String text) {
            return new Cell(text, false, Align.LEFT, 1, null);
        }

        public static Cell centered(String text) {
            return new Cell(text, false, Align.CENTER, 1, null);
        }

        public static Cell bold(String text) {
            return new Cell(text, true, Align.CENTER, 1, null);
        }

        public static Cell spanning(String text, int span) {
            return new Cell(text, false, Align.CENTER, span, null);
        }

        public static Cell later(String room, Supplier<String> text) {
            return new Cell(room, false, Align.LEFT, 1, text);
        }
    }

    private static final float PAD = 2;

    private final float[] widths;
    private final Style style;
    private final List<List<Cell>> header = new ArrayList<>();
    private final List<List<Cell>> rows = new ArrayList<>();
    private int singleLineFrom = Integer.MAX_VALUE;

    public PdfTable(Style style, float... widths) {
        this.style = style;
        this.widths = widths.clone();
    }

    /**
     * Body cells from this column on stay on one line, shrunk to fit (a grid of marks: «НП/3к» must
     * read as one), instead of wrapped.
     */
    public PdfTable singleLineFrom(int column) {
        this.singleLineFrom = column;
        return this;
    }

    public PdfTable header(List<Cell> row) {
        header.add(check(row));
        return this;
    }

    public PdfTable row(List<Cell> row) {
        rows.add(check(row));
        return this;
    }

    public float totalWidth() {
        float w = 0;
        for (float c : widths) {
            w += c;
        }
        return w;
    }

    private List<Cell> check(List<Cell> row) {
        int columns = row.stream().mapToInt(Cell::span).sum();
        if (columns != widths.length) {
            throw new IllegalArgumentException(
                    "a row of " + columns + " columns in a table of " + widths.length);
        }
        return row;
    }

    /**
     * Draws the table from {@code y} down (its top edge) at {@code x}; when a page is full, {@code
     * nextPage} gives the next one (already headed by the caller) and the header is repeated.
     * Returns the page and y below the table's last row.
     */
    public Position draw(PdfPage page, float x, float y, Supplier<Position> nextPage) {
        Position at = new Position(page, y);
        float headerHeight = 0;
        for (List<Cell> h : header) {
            headerHeight += height(page, h, true);
        }
        if (!rows.isEmpty()
                && at.y() - headerHeight - height(page, rows.get(0), false) < page.bottom()) {
            at = nextPage.get();
        }
        at = drawHeader(at, x);
        for (List<Cell> row : rows) {
            List<List<String>> lines = lines(at.page(), row, false);
            float h = height(lines);
            if (at.y() - h < at.page().bottom()) {
                at = drawHeader(nextPage.get(), x);
            }
            int from = 0;
            int count = lineCount(lines);
            while (from < count) {
                int fits = Math.max(1, (int) ((at.y() - at.page().bottom() - 2 * PAD) / leading()));
                int to = Math.min(count, from + fits);
                float rowHeight = (to - from) * leading() + 2 * PAD;
                drawRow(at.page(), x, at.y(), row, lines, from, to, rowHeight, false);
                at = new Position(at.page(), at.y() - rowHeight);
                from = to;
                if (from < count) {
                    at = drawHeader(nextPage.get(), x);
                }
            }
        }
        return at;
    }

    private Position drawHeader(Position at, float x) {
        float y = at.y();
        for (List<Cell> h : header) {
            List<List<String>> lines = lines(at.page(), h, true);
            float height = height(lines);
            at.page().shade(x, y - height, totalWidth(), height, 0.9f);
            drawRow(at.page(), x, y, h, lines, 0, lineCount(lines), height, true);
            y -= height;
        }
        return new Position(at.page(), y);
    }

    private void drawRow(
            PdfPage page,
            float x,
            float top,
            List<Cell> row,
            List<List<String>> lines,
            int from,
            int to,
            float height,
            boolean isHeader) {
        float cx = x;
        int column = 0;
        for (int i = 0; i < row.size(); i++) {
            Cell cell = row.get(i);
            float w = width(column, cell.span());
            Style s = cell.bold() || isHeader ? style.bold() : style;
            List<String> own = lines.get(i);
            float baseline = top - PAD - style.size();
            if (cell.deferred() != null) {
                page.later(cx + PAD, baseline, w - 2 * PAD, s, total -> cell.deferred().get());
            } else {
                for (int l = from; l < Math.min(to, own.size()); l++) {
                    page.text(cx + PAD, baseline, w - 2 * PAD, own.get(l), s, cell.align());
                    baseline -= leading();
                }
            }
            page.box(cx, top - height, w, height, 0.3f);
            cx += w;
            column += cell.span();
        }
    }

    private float width(int column, int span) {
        float w = 0;
        for (int c = column; c < column + span; c++) {
            w += widths[c];
        }
        return w;
    }

    private float leading() {
        return style.leading();
    }

    private List<List<String>> lines(PdfPage page, List<Cell> row, boolean isHeader) {
        List<List<String>> lines = new ArrayList<>(row.size());
        int column = 0;
        for (Cell cell : row) {
            Style s = cell.bold() || isHeader ? style.bold() : style;
            String text = cell.text() == null ? "" : cell.text();
            float w = width(column, cell.span());
            // most cells fit one line: measured (and remembered) before any wrapping
            lines.add(
                    (column >= singleLineFrom && !isHeader)
                                    || (text.indexOf('\n') < 0
                                            && page.textWidth(text, s) <= w - 2 * PAD)
                            ? List.of(text)
                            : PdfText.wrap(page.font(s), s.size(), text, w - 2 * PAD));
            column += cell.span();
        }
        return lines;
    }

    private static int lineCount(List<List<String>> lines) {
        int n = 1;
        for (List<String> l : lines) {
            n = Math.max(n, l.size());
        }
        return n;
    }

    private float height(List<List<String>> lines) {
        return lineCount(lines) * leading() + 2 * PAD;
    }

    private float height(PdfPage page, List<Cell> row, boolean isHeader) {
        return height(lines(page, row, isHeader));
    }

    /** Where drawing continues: a page and the y of the next thing's top. */
    public record Position(PdfPage page, float y) {}
}
