package org.schooljournal.batch.handover;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Writes a BagIt bag (RFC 8493, version 1.0) as a zip: the payload under {@code data/}, {@code
 * bagit.txt}, {@code manifest-sha256.txt}, {@code bag-info.txt} (with its Payload-Oxum) and {@code
 * tagmanifest-sha256.txt}, all inside one top-level directory named after the bag (the usual
 * serialization, §4.2). The payload is streamed and hashed as it is written; nothing is held twice.
 * Entries carry a fixed time, so the same content gives the same zip.
 */
public final class BagWriter implements AutoCloseable {
    /** Zip entries' time: fixed, so a package of unchanged documents is byte-identical. */
    private static final long FIXED_TIME = 315532800000L; // 1980-01-01, the zip format's epoch

    private final ZipOutputStream zip;
    private final String root;
    private final Map<String, String> manifest = new LinkedHashMap<>();
    private final Map<String, String> info = new LinkedHashMap<>();
    private long octets;
    private boolean finished;

    public BagWriter(OutputStream out, String bagName) {
        if (!bagName.matches("[A-Za-z0-9._-]+")) {
            throw new IllegalArgumentException("Not a bag name: " + bagName);
        }
        this.zip = new ZipOutputStream(out, StandardCharsets.UTF_8);
        this.root = bagName + "/";
    }

    /** A bag-info.txt field (label: value), in the order given. */
    public BagWriter info(String label, String value) {
        info.put(label, value.replaceAll("[\\r\\n]+", " "));
        return this;
    }

    /** A payload file at {@code data/<path>} ({@code /}-separated, no {@code ..}). */
    public void add(String path, byte[] content) throws IOException {
        if (path.isBlank() || path.contains("..") || path.startsWith("/") || path.contains("\\")) {
            throw new IllegalArgumentException("Not a payload path: " + path);
        }
        String name = "data/" + path;
        if (manifest.containsKey(name)) {
            throw new IllegalArgumentException("Twice in the bag: " + path);
        }
        manifest.put(name, write(name, content));
        octets += content.length;
    }

    /** Writes the tag files and closes the zip. */
    public void finish(LocalDate baggingDate) throws IOException {
        if (finished) {
            return;
        }
        finished = true;
        Map<String, String> tags = new LinkedHashMap<>();
        tags.put(
                "bagit.txt",
                write(
                        "bagit.txt",
                        utf8("BagIt-Version: 1.0\nTag-File-Character-Encoding: UTF-8\n")));
        tags.put("manifest-sha256.txt", write("manifest-sha256.txt", utf8(lines(manifest))));
        StringBuilder bagInfo = new StringBuilder();
        for (var field : info.entrySet()) {
            bagInfo.append(field.getKey()).append(": ").append(field.getValue()).append('\n');
        }
        bagInfo.append("Bagging-Date: ").append(baggingDate).append('\n');
        bagInfo.append("Payload-Oxum: ").append(octets).append('.').append(manifest.size());
        bagInfo.append('\n');
        tags.put("bag-info.txt", write("bag-info.txt", utf8(bagInfo.toString())));
        write("tagmanifest-sha256.txt", utf8(lines(tags)));
        zip.finish();
    }

    @Override
    public void close() throws IOException {
        zip.close();
    }

    /** «hash path» lines, as sha256sum writes them (RFC 8493 §2.1.3). */
    private static String lines(Map<String, String> hashes) {
        List<String> lines = new ArrayList<>();
        hashes.forEach((path, hash) -> lines.add(hash + "  " + path));
        return String.join("\n", lines) + "\n";
    }

    private String write(String name, byte[] content) throws IOException {
        ZipEntry entry = new ZipEntry(root + name);
        entry.setTime(FIXED_TIME);
        zip.putNextEntry(entry);
        MessageDigest sha256 = sha256();
        DigestOutputStream digesting = new DigestOutputStream(new Unclosed(zip), sha256);
        digesting.write(content);
        digesting.flush();
        zip.closeEntry();
        return HexFormat.of().formatHex(sha256.digest());
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }

    /** The zip stream seen as one entry's: closing it must not close the zip. */
    private static final class Unclosed extends java.io.FilterOutputStream {
        Unclosed(OutputStream out) {
            super(out);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
        }

        @Override
        public void close() throws IOException {
            flush();
        }
    }
}
