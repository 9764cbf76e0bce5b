package org.schooljournal.archive.control;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;

/**
 * R-P04: the proof file that comes with a downloaded document: the document's record (what its leaf
 * hashes), the inclusion path of its leaf, and the signed checkpoint the path leads to.
 *
 * <pre>
 * school-journal archive proof v1
 * index 5
 * path &lt;Base64 hash&gt;          one line per step, leaf upwards (RFC 9162 inclusion path)
 * school-journal archive record v1  the 12 lines of the record ({@link ArchiveRecord})
 * …
 * school-journal archive           the checkpoint note to the end ({@link CheckpointNote})
 * …
 * </pre>
 */
public record ArchiveProof(
        long index, List<byte[]> path, ArchiveRecord record, CheckpointNote note) {
    public static final String HEADER = "school-journal archive proof v1";
    private static final int RECORD_LINES = 12;

    public ArchiveProof {
        path = List.copyOf(path);
    }

    public String text() {
        StringBuilder b = new StringBuilder(HEADER).append("\nindex ").append(index).append('\n');
        for (byte[] p : path) {
            b.append("path ").append(Base64.getEncoder().encodeToString(p)).append('\n');
        }
        return b.append(record.text()).append(note.text()).toString();
    }

    /**
     * Whether the leaf of the record is in the checkpoint's tree (the signature is not checked).
     */
    public boolean leafIncluded() {
        return record.leafIndex() == index
                && MerkleLog.verifyInclusion(
                        index, note.size(), record.leafHash(), path, note.root());
    }

    public static ArchiveProof parse(String text) {
        List<String> lines = new ArrayList<>(Arrays.asList(text.split("\n", -1)));
        if (lines.size() < 3
                || !HEADER.equals(lines.get(0))
                || !lines.get(1).startsWith("index ")) {
            throw new IllegalArgumentException("not an archive proof");
        }
        long index = Long.parseLong(lines.get(1).substring(6));
        int at = 2;
        List<byte[]> path = new ArrayList<>();
        while (at < lines.size() && lines.get(at).startsWith("path ")) {
            path.add(Base64.getDecoder().decode(lines.get(at).substring(5)));
            at++;
        }
        if (lines.size() < at + RECORD_LINES) {
            throw new IllegalArgumentException("an archive proof without its record");
        }
        ArchiveRecord record =
                ArchiveRecord.parse(String.join("\n", lines.subList(at, at + RECORD_LINES)) + "\n");
        CheckpointNote note =
                CheckpointNote.parse(
                        String.join("\n", lines.subList(at + RECORD_LINES, lines.size())));
        return new ArchiveProof(index, path, record, note);
    }
}
