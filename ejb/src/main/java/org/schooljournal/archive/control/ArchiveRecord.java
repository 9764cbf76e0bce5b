package org.schooljournal.archive.control;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * R-P04: what one leaf of the archive's Merkle log stands for: the document's place (leaf index),
 * school, year, class, kind and version, its dates, and the SHA-256 and size of its PDF. The leaf
 * hashes this record's canonical text, not the bare PDF, so that a record moved, relabelled or
 * renumbered changes its leaf as surely as a changed byte of the PDF does; a verifier holding the
 * PDF, this text and the proof checks both (the PDF's SHA-256 is in the text).
 *
 * <p>The text: the line {@value #HEADER}, then one {@code name value} line per field in the order
 * below, each ending in a line feed, UTF-8.
 */
public record ArchiveRecord(
        long leafIndex,
        long schoolId,
        long yearId,
        long classId,
        String className,
        String kind,
        int version,
        LocalDate closedOn,
        LocalDate destroyAfter,
        long size,
        String sha256) {
    public static final String HEADER = "school-journal archive record v1";

    public ArchiveRecord {
        Objects.requireNonNull(className);
        if (className.contains("\n")) {
            throw new IllegalArgumentException("a class name is one line");
        }
        Objects.requireNonNull(kind);
        Objects.requireNonNull(closedOn);
        Objects.requireNonNull(destroyAfter);
        Objects.requireNonNull(sha256);
    }

    /** The canonical text the leaf hashes and the server signs. */
    public String text() {
        return HEADER
                + "\nleaf "
                + leafIndex
                + "\nschool "
                + schoolId
                + "\nyear "
                + yearId
                + "\nclass "
                + classId
                + "\nclass-name "
                + className
                + "\nkind "
                + kind
                + "\nversion "
                + version
                + "\nclosed "
                + closedOn
                + "\ndestroy-after "
                + destroyAfter
                + "\nsize "
                + size
                + "\nsha256 "
                + sha256
                + "\n";
    }

    /** The same record at another place of the log (to recognise a moved one). */
    public ArchiveRecord at(long otherIndex) {
        return new ArchiveRecord(
                otherIndex,
                schoolId,
                yearId,
                classId,
                className,
                kind,
                version,
                closedOn,
                destroyAfter,
                size,
                sha256);
    }

    /** {@code SHA-256(0x00 ‖ text)}. */
    public byte[] leafHash() {
        return MerkleLog.leafHash(text().getBytes(StandardCharsets.UTF_8));
    }

    public String leafHashHex() {
        return HexFormat.of().formatHex(leafHash());
    }

    /** How the integrity report names the document: leaf, school, class, year, kind, version. */
    public String described() {
        return "leaf "
                + leafIndex
                + ": school "
                + schoolId
                + ", class "
                + className
                + " (id "
                + classId
                + "), year "
                + yearId
                + ", "
                + kind
                + " v"
                + version;
    }

    /** Reads the canonical text back (the verifier's side); refuses anything else. */
    public static ArchiveRecord parse(String text) {
        String[] lines = text.split("\n", -1);
        if (lines.length != 13 || !HEADER.equals(lines[0]) || !lines[12].isEmpty()) {
            throw new IllegalArgumentException("not an archive record");
        }
        Map<String, String> f = new LinkedHashMap<>();
        for (int i = 1; i < 12; i++) {
            int space = lines[i].indexOf(' ');
            if (space < 0) {
                throw new IllegalArgumentException("not an archive record line: " + lines[i]);
            }
            f.put(lines[i].substring(0, space), lines[i].substring(space + 1));
        }
        ArchiveRecord r =
                new ArchiveRecord(
                        Long.parseLong(f.get("leaf")),
                        Long.parseLong(f.get("school")),
                        Long.parseLong(f.get("year")),
                        Long.parseLong(f.get("class")),
                        f.get("class-name"),
                        f.get("kind"),
                        Integer.parseInt(f.get("version")),
                        LocalDate.parse(f.get("closed")),
                        LocalDate.parse(f.get("destroy-after")),
                        Long.parseLong(f.get("size")),
                        f.get("sha256"));
        if (!r.text().equals(text)) {
            throw new IllegalArgumentException("not a canonical archive record");
        }
        return r;
    }
}
