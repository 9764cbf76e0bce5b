package org.schooljournal.platform.control.pdf;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * One archival PDF being drawn (the product's one PDF machinery: the year-end books, later reports,
 * slips and extracts). Pages are A4, drawn directly with PDFBox; {@link #finish} numbers every page
 * «Лист N из M», fills what needed the page count, makes the file PDF/A-2b and returns its bytes.
 * Nothing in the output depends on the time or chance: the same drawing gives the same bytes.
 *
 * <pre>{@code
 * try (PdfDocument pdf = PdfDocument.a4(Orientation.LANDSCAPE, "Журнал 5 «А»", closedOn, null)) {
 *     PdfPage page = pdf.newPage();
 *     page.text(page.left(), page.top(), "Журнал", PdfPage.Style.TITLE);
 *     byte[] bytes = pdf.finish();
 * }
 * }</pre>
 */
public final class PdfDocument implements AutoCloseable {
    public enum Orientation {
        LANDSCAPE,
        PORTRAIT
    }

    /** The date of documents that have none of their own (a draft of an open journal). */
    public static final LocalDate NO_DATE = LocalDate.of(2000, 1, 1);

    private final PDDocument doc = new PDDocument();
    private final PDRectangle size;
    private final String title;
    private final LocalDate date;
    private final String watermark;
    private final Map<PdfFont, PDType0Font> fonts = new EnumMap<>(PdfFont.class);
    private final Map<PdfFont, Map<String, String>> cleaned = new EnumMap<>(PdfFont.class);
    private final Map<PdfFont, Map<String, Float>> widths = new EnumMap<>(PdfFont.class);
    private final List<PdfPage> pages = new ArrayList<>();
    private final MessageDigest drawn;
    private String footerLeft;

    private PdfDocument(Orientation orientation, String title, LocalDate date, String watermark) {
        this.size =
                orientation == Orientation.LANDSCAPE
                        ? new PDRectangle(PDRectangle.A4.getHeight(), PDRectangle.A4.getWidth())
                        : PDRectangle.A4;
        this.title = title;
        this.date = date == null ? NO_DATE : date;
        this.watermark = watermark;
        this.footerLeft = title;
        try {
            this.drawn = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        digest(title, String.valueOf(this.date), String.valueOf(watermark));
    }

    /**
     * A new A4 document. {@code date} becomes its creation and modification date (null: {@link
     * #NO_DATE}); {@code watermark} (e.g. «ЧЕРНОВИК»), when not null, lies under every page.
     */
    public static PdfDocument a4(
            Orientation orientation, String title, LocalDate date, String watermark) {
        return new PdfDocument(orientation, title, date, watermark);
    }

    /** The text left of the page number in every footer (the title unless changed). */
    public PdfDocument footer(String left) {
        this.footerLeft = left;
        return this;
    }

    public PdfPage newPage() {
        if (!pages.isEmpty()) {
            pages.get(pages.size() - 1).close();
        }
        PDPage page = new PDPage(size);
        doc.addPage(page);
        try {
            PdfPage p =
                    new PdfPage(this, page, new PDPageContentStream(doc, page), pages.size() + 1);
            pages.add(p);
            if (watermark != null) {
                p.watermark(watermark);
            }
            return p;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The width between the margins of this document's pages. */
    public float contentWidth() {
        return size.getWidth() - PdfPage.BINDING_MARGIN - PdfPage.MARGIN;
    }

    public int pageCount() {
        return pages.size();
    }

    PDType0Font font(PdfFont font) {
        return fonts.computeIfAbsent(
                font,
                f -> {
                    try {
                        return PDType0Font.load(doc, new ByteArrayInputStream(f.bytes()), true);
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                });
    }

    /**
     * The text as the font shows it, remembered per document: a journal repeats the same few
     * strings («5», «Б», «4к», names) thousands of times, and checking glyphs is the costly part.
     */
    String cleaned(PdfFont font, String text) {
        return cleaned.computeIfAbsent(font, f -> new HashMap<>())
                .computeIfAbsent(text, t -> PdfText.clean(font(font), t));
    }

    /** The width of {@code text} at {@code size}, measured once per document at size 1. */
    float width(PdfFont font, float size, String text) {
        return size
                * widths.computeIfAbsent(font, f -> new HashMap<>())
                        .computeIfAbsent(text, t -> PdfText.width(font(font), 1, cleaned(font, t)));
    }

    void digest(String... parts) {
        for (String p : parts) {
            byte[] b = p.getBytes(StandardCharsets.UTF_8);
            drawn.update((byte) (b.length >>> 24));
            drawn.update((byte) (b.length >>> 16));
            drawn.update((byte) (b.length >>> 8));
            drawn.update((byte) b.length);
            drawn.update(b);
        }
    }

    /**
     * Numbers the pages «Лист N из M», draws what waited for the page count ({@link
     * PdfPage#later}), makes the document PDF/A-2b and returns its bytes.
     */
    public byte[] finish() {
        if (pages.isEmpty()) {
            newPage();
        }
        pages.get(pages.size() - 1).close();
        int total = pages.size();
        try {
            for (PdfPage p : pages) {
                p.reopen(
                        new PDPageContentStream(
                                doc, p.page(), PDPageContentStream.AppendMode.APPEND, true, true));
                p.drawLater(total);
                p.footer(footerLeft, "Лист " + p.number() + " из " + total);
                p.close();
            }
            digest(String.valueOf(total));
            PdfArchival.apply(doc, title, date, drawn.digest());
            ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
            doc.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        try {
            doc.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
