package org.schooljournal.archive.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class CopyContentTest {
    private static final byte[] A = bytes(300_000, 1);
    private static final byte[] B = bytes(5, 2);

    @Test
    @DisplayName(
            "R-P04 the check hashes each document's bytes out of PostgreSQL's binary COPY stream, however the driver cuts it into chunks")
    void hashesEveryRowAcrossChunks() throws IOException {
        byte[] stream = copy(new Object[] {7L, "record 7", A}, new Object[] {9L, "запись 9", B});
        for (int size : new int[] {1, 3, 19, 8192, stream.length}) {
            List<IntegrityCheck.StoredBytes> rows = CopyContent.hashed(chunks(stream, size));
            assertThat(rows)
                    .as("chunks of %d bytes", size)
                    .containsExactly(
                            new IntegrityCheck.StoredBytes(7, "record 7", sha256(A), A.length),
                            new IntegrityCheck.StoredBytes(9, "запись 9", sha256(B), B.length));
        }
    }

    @Test
    @DisplayName("R-P04 a flipped byte in the stream changes that document's hash only")
    void aFlippedByteChangesItsHash() throws IOException {
        byte[] flipped = A.clone();
        flipped[123_456] ^= 1;
        List<IntegrityCheck.StoredBytes> rows =
                CopyContent.hashed(
                        chunks(
                                copy(new Object[] {1L, "r", flipped}, new Object[] {2L, "s", B}),
                                4096));
        assertThat(rows.get(0).sha256()).isNotEqualTo(sha256(A)).isEqualTo(sha256(flipped));
        assertThat(rows.get(1).sha256()).isEqualTo(sha256(B));
    }

    @Test
    @DisplayName(
            "R-P04 a COPY stream cut short or of another format is refused, not taken as intact")
    void refusesBrokenStreams() {
        byte[] stream = copy(new Object[] {1L, "r", A});
        assertThatThrownBy(
                        () ->
                                CopyContent.hashed(
                                        chunks(Arrays.copyOf(stream, stream.length - 1000), 512)))
                .isInstanceOf(EOFException.class);
        assertThatThrownBy(
                        () ->
                                CopyContent.hashed(
                                        chunks(
                                                // text COPY, longer than the binary signature
                                                "1\tr\t\\x0001020304\n"
                                                        .getBytes(StandardCharsets.UTF_8),
                                                4)))
                .isInstanceOf(IOException.class)
                .hasMessage("not PostgreSQL's binary COPY format");
    }

    @Test
    @DisplayName("R-P04 the stream is read to its end, so the driver's connection is free again")
    void readsToTheEnd() throws IOException {
        byte[] stream = copy(new Object[] {1L, "r", B});
        boolean[] ended = {false};
        var it = List.of(stream).iterator();
        CopyContent.hashed(
                () -> {
                    if (it.hasNext()) {
                        return it.next();
                    }
                    ended[0] = true;
                    return null;
                });
        assertThat(ended[0]).as("the end (null) was read").isTrue();
        byte[] trailing = Arrays.copyOf(stream, stream.length + 1);
        assertThatThrownBy(() -> CopyContent.hashed(chunks(trailing, 7)))
                .isInstanceOf(IOException.class);
    }

    /** The binary COPY format as PostgreSQL writes it (header, rows of 3 fields, trailer). */
    private static byte[] copy(Object[]... rows) {
        try {
            var out = new ByteArrayOutputStream();
            var data = new DataOutputStream(out);
            data.write("PGCOPY\n\377\r\n\0".getBytes(StandardCharsets.ISO_8859_1));
            data.writeInt(0);
            data.writeInt(3); // a header extension the reader must skip
            data.write(new byte[] {9, 9, 9});
            for (Object[] row : rows) {
                data.writeShort(3);
                data.writeInt(8);
                data.writeLong((Long) row[0]);
                byte[] text = ((String) row[1]).getBytes(StandardCharsets.UTF_8);
                data.writeInt(text.length);
                data.write(text);
                data.writeInt(((byte[]) row[2]).length);
                data.write((byte[]) row[2]);
            }
            data.writeShort(-1);
            return out.toByteArray();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static CopyContent.Chunks chunks(byte[] stream, int size) {
        List<byte[]> chunks = new ArrayList<>();
        for (int at = 0; at < stream.length; at += size) {
            chunks.add(Arrays.copyOfRange(stream, at, Math.min(stream.length, at + size)));
        }
        var it = chunks.iterator();
        return () -> it.hasNext() ? it.next() : null;
    }

    private static byte[] bytes(int size, long seed) {
        byte[] b = new byte[size];
        new Random(seed).nextBytes(b);
        return b;
    }

    private static String sha256(byte[] b) {
        return HexFormat.of().formatHex(MerkleLog.sha256().digest(b));
    }
}
