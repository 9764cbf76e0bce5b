package org.schooljournal.platform.control.pdf;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * The product's two printing faces: DejaVu Sans Condensed, regular and bold, from {@code
 * net.sf.jasperreports:jasperreports-fonts} (its licence permits embedding; it has Cyrillic, «» and
 * №). Condensed, because a journal's month grid is dense. The files are read once per JVM; each
 * document parses and subsets its own copy (a parsed font is not safe to share between the threads
 * of a partitioned job).
 */
public enum PdfFont {
    REGULAR("DejaVuSansCondensed.ttf"),
    BOLD("DejaVuSansCondensed-Bold.ttf");

    private static final String DIR = "/net/sf/jasperreports/fonts/dejavu/";

    private final String file;
    private volatile byte[] bytes;

    PdfFont(String file) {
        this.file = file;
    }

    byte[] bytes() {
        byte[] b = bytes;
        if (b == null) {
            try (InputStream in = PdfFont.class.getResourceAsStream(DIR + file)) {
                if (in == null) {
                    throw new IllegalStateException("font missing from the class path: " + file);
                }
                b = in.readAllBytes();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            bytes = b;
        }
        return b;
    }
}
