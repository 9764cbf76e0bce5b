package org.schooljournal.archive.control;

import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

/**
 * R-P04: the file that proves one checkpoint's tree a prefix of the next one's, as the hand-over
 * package carries it between two checkpoint notes (issue 10, items 4 and 6), so the municipal
 * archive checks the whole chain of checkpoints without the server:
 *
 * <pre>
 * school-journal archive consistency v1
 * from 42                        the older checkpoint's tree size
 * to 84                          the newer one's
 * path &lt;Base64 hash&gt;            one line per hash of the RFC 9162 §2.1.4 consistency proof
 * </pre>
 *
 * The roots are not repeated here: they are taken from the signed notes, so a proof can only lead
 * to roots the archive's key signed.
 */
public record ConsistencyFile(long fromSize, long toSize, List<byte[]> path) {
    public static final String HEADER = "school-journal archive consistency v1";

    public ConsistencyFile {
        path = List.copyOf(path);
    }

    public String text() {
        StringBuilder b =
                new StringBuilder(HEADER)
                        .append("\nfrom ")
                        .append(fromSize)
                        .append("\nto ")
                        .append(toSize)
                        .append('\n');
        for (byte[] p : path) {
            b.append("path ").append(Base64.getEncoder().encodeToString(p)).append('\n');
        }
        return b.toString();
    }

    /**
     * Whether this proves {@code older}'s tree a prefix of {@code newer}'s: the sizes are the
     * notes' and the path leads from the older signed root to the newer one (signatures are not
     * checked here).
     */
    public boolean proves(CheckpointNote older, CheckpointNote newer) {
        return fromSize == older.size()
                && toSize == newer.size()
                && MerkleLog.verifyConsistency(
                        older.size(), newer.size(), path, older.root(), newer.root());
    }

    /** Reads the file back; refuses what is not one. */
    public static ConsistencyFile parse(String text) {
        String[] lines = text.split("\n");
        if (lines.length < 3
                || !HEADER.equals(lines[0])
                || !lines[1].startsWith("from ")
                || !lines[2].startsWith("to ")) {
            throw new IllegalArgumentException("not an archive consistency proof");
        }
        List<byte[]> path = new ArrayList<>();
        for (int i = 3; i < lines.length; i++) {
            if (!lines[i].startsWith("path ")) {
                throw new IllegalArgumentException("unknown consistency line: " + lines[i]);
            }
            path.add(Base64.getDecoder().decode(lines[i].substring(5)));
        }
        return new ConsistencyFile(
                Long.parseLong(lines[1].substring(5)), Long.parseLong(lines[2].substring(3)), path);
    }
}
