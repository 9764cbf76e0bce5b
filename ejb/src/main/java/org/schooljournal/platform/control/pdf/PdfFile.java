package org.schooljournal.platform.control.pdf;

/**
 * A finished PDF's bytes with its number of pages, known while it was drawn: whoever needs the
 * count (the archive's listing, the certification's «листов») need not parse the bytes again.
 */
public record PdfFile(byte[] bytes, int pages) {}
