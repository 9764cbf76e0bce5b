package org.schooljournal.archive.control;

import java.io.EOFException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;

/**
 * Reads the rows {@code (document_id bigint, record text, bytes bytea)} of PostgreSQL's binary COPY
 * format and hashes each row's bytes as they pass, straight out of the chunks the driver hands
 * over: no row's bytes are gathered into an array of their own, none are decoded from hex text.
 * Pure (chunks in, hashes out), so the format is unit-tested without a database. The format: {@code
 * PGCOPY\n\377\r\n\0}, flags and a header extension (int32 each), then per row an int16 field
 * count, each field an int32 length (-1 = null) and its bytes, and an int16 -1 at the end.
 */
public final class CopyContent {
    /** The next chunk of the COPY stream, null at its end (pgjdbc's {@code readFromCopy}). */
    @FunctionalInterface
    public interface Chunks {
        byte[] next() throws IOException;
    }

    private static final byte[] SIGNATURE =
            "PGCOPY\n\377\r\n\0".getBytes(StandardCharsets.ISO_8859_1);

    private final Chunks chunks;
    private final MessageDigest sha = MerkleLog.sha256();
    private byte[] chunk = new byte[0];
    private int at;

    private CopyContent(Chunks chunks) {
        this.chunks = chunks;
    }

    /** Every row of the stream with its bytes' SHA-256 and size, in stream order. */
    public static List<IntegrityCheck.StoredBytes> hashed(Chunks chunks) throws IOException {
        return new CopyContent(chunks).rows();
    }

    private List<IntegrityCheck.StoredBytes> rows() throws IOException {
        if (!Arrays.equals(take(SIGNATURE.length), SIGNATURE)) {
            throw new IOException("not PostgreSQL's binary COPY format");
        }
        int32(); // flags: bit 16 (OIDs) is never asked for here
        skip(int32());
        List<IntegrityCheck.StoredBytes> rows = new ArrayList<>();
        for (int fields; (fields = int16()) != -1; ) {
            if (fields != 3) {
                throw new IOException("a row of " + fields + " fields, 3 expected");
            }
            if (int32() != 8) {
                throw new IOException("document_id is not a bigint");
            }
            long documentId = int64();
            int length = int32();
            String record = length < 0 ? null : new String(take(length), StandardCharsets.UTF_8);
            length = int32();
            // a null bytea hashes as no bytes, as the JDBC path would fail on it: none is stored
            rows.add(
                    new IntegrityCheck.StoredBytes(
                            documentId,
                            record,
                            HexFormat.of().formatHex(hash(Math.max(length, 0))),
                            Math.max(length, 0)));
        }
        // read on to the stream's end: the driver holds the connection until it has seen it
        boolean trailing = at < chunk.length;
        for (byte[] rest; (rest = chunks.next()) != null; ) {
            trailing |= rest.length > 0;
        }
        if (trailing) {
            throw new IOException("bytes after the COPY stream's trailer");
        }
        return rows;
    }

    private byte[] hash(long length) throws IOException {
        for (long left = length; left > 0; ) {
            fill();
            int n = (int) Math.min(left, chunk.length - at);
            sha.update(chunk, at, n);
            at += n;
            left -= n;
        }
        return sha.digest();
    }

    private byte[] take(int length) throws IOException {
        byte[] out = new byte[length];
        for (int done = 0; done < length; ) {
            fill();
            int n = Math.min(length - done, chunk.length - at);
            System.arraycopy(chunk, at, out, done, n);
            at += n;
            done += n;
        }
        return out;
    }

    private void skip(int length) throws IOException {
        take(length);
    }

    private int int16() throws IOException {
        byte[] b = take(2);
        return (short) ((b[0] & 0xff) << 8 | (b[1] & 0xff));
    }

    private int int32() throws IOException {
        byte[] b = take(4);
        return (b[0] & 0xff) << 24 | (b[1] & 0xff) << 16 | (b[2] & 0xff) << 8 | (b[3] & 0xff);
    }

    private long int64() throws IOException {
        return (long) int32() << 32 | (int32() & 0xffffffffL);
    }

    /** Makes at least one byte available, or fails at the stream's end. */
    private void fill() throws IOException {
        while (at == chunk.length) {
            byte[] next = chunks.next();
            if (next == null) {
                throw new EOFException("the COPY stream ended inside a row");
            }
            chunk = next;
            at = 0;
        }
    }
}
