package org.schooljournal.archive.control;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

/**
 * Not a test (run with {@code mvn -Pbench -pl ejb test -Dtest=PrintBench}): prints N class books
 * with {@link ClassBookPrinter} and, side by side, a bare PDFBox program drawing the same pages
 * with the same font and the same lines of text (no measuring, wrapping, tables or PDF/A); pages
 * per second of each, and the heap after 10 and after all books. Prints figures, asserts nothing
 * about time. The bare program also runs on {@code bench.threads} threads (default 2, as the print
 * job's partitions): the pages/s the job in YearEndBench is compared with (issue 10's goal: at
 * least half), in one run: {@code mvn -Pbench -pl micro -am verify -Dtest=PrintBench
 * -Dit.test=YearEndBench ...}.
 */
class PrintBench {
    @Test
    void printBooks() throws Exception {
        int n = Integer.getInteger("bench.books", 40);
        ClassBook book = SampleBooks.book();
        byte[] sample = ClassBookPrinter.print(book, false).bytes();
        List<List<String>> pages = new ArrayList<>();
        try (PDDocument doc = Loader.loadPDF(sample)) {
            PDFTextStripper s = new PDFTextStripper();
            for (int p = 1; p <= doc.getNumberOfPages(); p++) {
                s.setStartPage(p);
                s.setEndPage(p);
                pages.add(List.of(s.getText(doc).split("\n")));
            }
        }
        byte[] font;
        try (InputStream in =
                PrintBench.class.getResourceAsStream(
                        "/net/sf/jasperreports/fonts/dejavu/DejaVuSansCondensed.ttf")) {
            font = in.readAllBytes();
        }
        for (int i = 0; i < 3; i++) {
            ClassBookPrinter.print(book, false);
            bare(pages, font);
        }
        long ours = 0;
        long oursPages = 0;
        long heapAfter10 = 0;
        long bytes = 0;
        for (int i = 0; i < n; i++) {
            long t = System.nanoTime();
            byte[] pdf = ClassBookPrinter.print(book, false).bytes();
            ours += System.nanoTime() - t;
            oursPages += pages.size();
            bytes += pdf.length;
            if (i == 9) {
                heapAfter10 = heap();
            }
        }
        long heapAfterAll = heap();
        long bareTime = 0;
        for (int i = 0; i < n; i++) {
            long t = System.nanoTime();
            bare(pages, font);
            bareTime += System.nanoTime() - t;
        }
        // the print job prints on SchoolPartitions.THREADS (2) threads: its pages/s is compared
        // with the bare program on as many threads, all cores busy in both
        int threads = Integer.getInteger("bench.threads", 2);
        var pool = java.util.concurrent.Executors.newFixedThreadPool(threads);
        long parallelBegan = System.nanoTime();
        try {
            List<java.util.concurrent.Future<byte[]>> books = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                books.add(pool.submit(() -> bare(pages, font)));
            }
            for (var printed : books) {
                printed.get();
            }
        } finally {
            pool.shutdown();
        }
        double parallelRate = oursPages / ((System.nanoTime() - parallelBegan) / 1e9);
        double oursRate = oursPages / (ours / 1e9);
        double bareRate = oursPages / (bareTime / 1e9);
        System.out.printf(
                "PrintBench: %d books × %d pages (%.0f KB each)%n"
                        + "  ClassBookPrinter: %.0f pages/s (%.0f ms a book)%n"
                        + "  bare PDFBox:      %.0f pages/s (%.0f ms a book)%n"
                        + "  ratio ours/bare:  %.2f%n"
                        + "  bare PDFBox on %d threads: %.0f pages/s (the print job's comparison)%n"
                        + "  heap after 10 books: %d MB, after %d: %d MB%n",
                n,
                pages.size(),
                bytes / 1024.0 / n,
                oursRate,
                ours / 1e6 / n,
                bareRate,
                bareTime / 1e6 / n,
                oursRate / bareRate,
                threads,
                parallelRate,
                heapAfter10 >> 20,
                n,
                heapAfterAll >> 20);
    }

    /** The same lines on the same number of A4 landscape pages, drawn as plainly as PDFBox can. */
    private static byte[] bare(List<List<String>> pages, byte[] font) throws Exception {
        try (PDDocument doc = new PDDocument()) {
            PDType0Font f = PDType0Font.load(doc, new ByteArrayInputStream(font), true);
            PDRectangle a4 = new PDRectangle(PDRectangle.A4.getHeight(), PDRectangle.A4.getWidth());
            for (List<String> lines : pages) {
                PDPage page = new PDPage(a4);
                doc.addPage(page);
                try (PDPageContentStream s = new PDPageContentStream(doc, page)) {
                    float y = 570;
                    for (String line : lines) {
                        s.beginText();
                        s.setFont(f, 7.5f);
                        s.newLineAtOffset(40, y);
                        s.showText(line.replace("\r", ""));
                        s.endText();
                        y -= 9;
                    }
                }
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            doc.save(out);
            return out.toByteArray();
        }
    }

    private static long heap() {
        Runtime r = Runtime.getRuntime();
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        return r.totalMemory() - r.freeMemory();
    }
}
