package org.schooljournal.batch.handover;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import gov.loc.repository.bagit.domain.Bag;
import gov.loc.repository.bagit.exceptions.CorruptChecksumException;
import gov.loc.repository.bagit.reader.BagReader;
import gov.loc.repository.bagit.verify.BagVerifier;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BagWriterTest {
    @TempDir Path dir;

    @Test
    @DisplayName(
            "R-P03 hand-over package: a BagIt 1.0 bag (RFC 8493) that the Library of Congress"
                    + " BagIt library verifies; a changed payload byte fails it")
    void verifiesWithTheBagItLibrary() throws Exception {
        byte[] zip = bag();
        Path root = unzip(zip);
        assertThat(root.resolve("bagit.txt")).exists();
        assertThat(root.resolve("tagmanifest-sha256.txt")).exists();
        assertThat(Files.readString(root.resolve("bag-info.txt")))
                .contains("Payload-Oxum: 52.3")
                .contains("Source-Organization: Школа № 1");
        try (BagVerifier verifier = new BagVerifier()) {
            Bag bag = new BagReader().read(root);
            verifier.isValid(bag, false);
        }

        Files.writeString(root.resolve("data/csv/5А.csv"), "changed");
        try (BagVerifier verifier = new BagVerifier()) {
            Bag bag = new BagReader().read(root);
            assertThatThrownBy(() -> verifier.isValid(bag, false))
                    .isInstanceOf(CorruptChecksumException.class);
        }
    }

    @Test
    @DisplayName("R-P03 the same content gives the same package, byte for byte")
    void deterministic() throws Exception {
        assertThat(bag()).isEqualTo(bag());
    }

    @Test
    @DisplayName("a payload path cannot leave data/ or come twice")
    void paths() throws IOException {
        try (BagWriter bag = new BagWriter(new ByteArrayOutputStream(), "b")) {
            assertThatThrownBy(() -> bag.add("../x", new byte[0]))
                    .isInstanceOf(IllegalArgumentException.class);
            bag.add("a.txt", new byte[0]);
            assertThatThrownBy(() -> bag.add("a.txt", new byte[0]))
                    .isInstanceOf(IllegalArgumentException.class);
        }
    }

    private static byte[] bag() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (BagWriter bag = new BagWriter(out, "school-1-2025-2026")) {
            bag.info("Source-Organization", "Школа № 1");
            bag.add("pdf/5А-journal.pdf", "%PDF-1.7 journal".getBytes(StandardCharsets.UTF_8));
            bag.add("csv/5А.csv", "Ученик;Математика\n".getBytes(StandardCharsets.UTF_8));
            bag.add("proofs/1.txt", new byte[] {1, 2});
            bag.finish(LocalDate.of(2026, 6, 30));
        }
        return out.toByteArray();
    }

    private Path unzip(byte[] zip) throws IOException {
        Path root = null;
        try (ZipInputStream in = new ZipInputStream(new java.io.ByteArrayInputStream(zip))) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                Path target = dir.resolve(e.getName()).normalize();
                assertThat(target.startsWith(dir)).as("inside the bag").isTrue();
                Files.createDirectories(target.getParent());
                copy(in, target);
                root = dir.resolve(e.getName().substring(0, e.getName().indexOf('/')));
            }
        }
        return root;
    }

    private static void copy(InputStream in, Path target) throws IOException {
        Files.write(target, in.readAllBytes());
    }
}
