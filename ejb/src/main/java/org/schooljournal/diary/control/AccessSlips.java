package org.schooljournal.diary.control;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.schooljournal.platform.control.Messages;
import org.schooljournal.platform.control.pdf.PdfDocument;
import org.schooljournal.platform.control.pdf.PdfPage;
import org.schooljournal.platform.control.pdf.PdfPage.Style;

/**
 * R-A04: the access slips the homeroom teacher hands to pupils and parents, eight to an A4 page
 * (two columns of four) with dashed cut lines between them. Each holds whose it is, the address,
 * the login and the one-time password, and says the password must be changed at the first sign-in.
 * PDF/A-2b through the one PDF machinery.
 */
public final class AccessSlips {
    /** One slip: the holder («Иванов Пётр, 5 «А»» or «Иванова Анна — родитель: Иванов Пётр»). */
    public record Slip(String holder, Holder role, String login, String password) {}

    /**
     * Who holds the slip; printed as the bundle's {@code slip.holder.*} in the reader's language.
     */
    public enum Holder {
        PUPIL,
        PARENT,
        STAFF
    }

    static final int COLUMNS = 2;
    static final int ROWS = 4;
    static final int PER_PAGE = COLUMNS * ROWS;
    private static final float PAD = 12;
    private static final float DASH = 4;

    private AccessSlips() {}

    /**
     * The slips in order; {@code address} is the diary's address, {@code issuer} who gave them; the
     * texts in {@code locale}'s language (Russian unless English is asked).
     */
    public static byte[] print(
            String school,
            String address,
            String issuer,
            LocalDate date,
            List<Slip> slips,
            Locale locale) {
        try (PdfDocument pdf =
                PdfDocument.a4(
                        PdfDocument.Orientation.PORTRAIT,
                        Messages.text(locale, "slip.document", school),
                        date,
                        null)) {
            PdfPage page = null;
            for (int i = 0; i < slips.size(); i++) {
                if (i % PER_PAGE == 0) {
                    page = pdf.newPage();
                    cutLines(page);
                }
                int at = i % PER_PAGE;
                float w = page.width() / COLUMNS;
                float h = (page.top() - page.bottom()) / ROWS;
                float x = page.left() + (at % COLUMNS) * w;
                float y = page.top() - (at / COLUMNS) * h;
                slip(
                        page,
                        x + PAD,
                        y - PAD,
                        w - 2 * PAD,
                        school,
                        address,
                        issuer,
                        date,
                        slips.get(i),
                        locale);
            }
            if (page == null) {
                pdf.newPage(); // an empty selection still gives a valid (empty) sheet
            }
            return pdf.finish();
        }
    }

    private static void slip(
            PdfPage page,
            float x,
            float top,
            float width,
            String school,
            String address,
            String issuer,
            LocalDate date,
            Slip s,
            Locale locale) {
        float y = top - Style.HEADING.size();
        page.text(x, y, Messages.text(locale, "slip.title"), Style.HEADING);
        y = page.paragraph(x, y - Style.TEXT.leading(), width, school, Style.TEXT);
        String role = Messages.text(locale, "slip.holder." + s.role().name());
        y = page.paragraph(x, y - 2, width, role + ": " + s.holder(), Style.TEXT.bold());
        y -= 4;
        page.text(x, y, Messages.text(locale, "slip.address", address), Style.TEXT);
        y -= Style.HEADING.leading() + 2;
        page.text(x, y, Messages.text(locale, "slip.login"), Style.TEXT);
        page.text(x + 52, y, s.login(), Style.HEADING.sized(12));
        y -= Style.HEADING.leading() + 4;
        page.text(x, y, Messages.text(locale, "slip.password"), Style.TEXT);
        page.text(x + 52, y, s.password(), Style.HEADING.sized(12));
        y -= Style.TEXT.leading() + 4;
        y = page.paragraph(x, y, width, Messages.text(locale, "slip.oneTime"), Style.SMALL);
        page.text(x, y - 2, Messages.text(locale, "slip.issued", issuer, date), Style.SMALL);
    }

    /** Dashed lines between the slips and round the block, where the scissors go. */
    private static void cutLines(PdfPage page) {
        float left = page.left();
        float right = page.right();
        float top = page.top();
        float bottom = page.bottom();
        for (int c = 0; c <= COLUMNS; c++) {
            float x = left + c * (right - left) / COLUMNS;
            dashed(page, x, bottom, x, top);
        }
        for (int r = 0; r <= ROWS; r++) {
            float y = top - r * (top - bottom) / ROWS;
            dashed(page, left, y, right, y);
        }
    }

    private static void dashed(PdfPage page, float x1, float y1, float x2, float y2) {
        float length = (float) Math.hypot(x2 - x1, y2 - y1);
        for (float d = 0; d < length; d += 2 * DASH) {
            float e = Math.min(d + DASH, length);
            page.line(
                    x1 + (x2 - x1) * d / length,
                    y1 + (y2 - y1) * d / length,
                    x1 + (x2 - x1) * e / length,
                    y1 + (y2 - y1) * e / length,
                    0.4f);
        }
    }
}
