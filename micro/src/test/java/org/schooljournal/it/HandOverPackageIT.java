package org.schooljournal.it;

import static org.assertj.core.api.Assertions.assertThat;

import gov.loc.repository.bagit.domain.Bag;
import gov.loc.repository.bagit.reader.BagReader;
import gov.loc.repository.bagit.verify.BagVerifier;
import jakarta.json.JsonObject;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.schooljournal.archive.control.ArchiveVerifier;
import org.schooljournal.testing.ApiClient;
import org.schooljournal.testing.Demo;
import org.schooljournal.testing.SharedServer;
import org.schooljournal.testing.TestDatabase;

/**
 * The hand-over package (issue 10, item 6) on the shared Payara Micro with PostgreSQL: school 2's
 * finished year transferred, downloaded as the archivist and as its own head, unzipped and checked
 * as the municipal archive would — the BagIt library verifies it, every archived PDF is there with
 * its hash and proof, the summary sheets read back from CSV and XLSX as the screen shows them, and
 * the inventory is PDF/A; another school's head gets nothing.
 */
class HandOverPackageIT {
    private static final long SCHOOL = ArchiveJobsIT.FINISHED_SCHOOL;

    final String base = SharedServer.url().toString().replaceAll("/$", "");

    @TempDir Path dir;

    @Test
    @DisplayName(
            "R-P03 R-P06 hand-over package: a school's archived year downloads as a BagIt zip that"
                    + " the BagIt library verifies, with every PDF and proof, the summary sheets as"
                    + " CSV and XLSX matching the sheet, a PDF/A inventory, the checkpoint and the"
                    + " keys; its own head downloads it too, another school's head gets 404")
    void handOverPackage() throws Exception {
        ApiClient archivist = ApiClient.as(base, ArchiveJobsIT.ARCHIVIST, Demo.PASSWORD);
        JsonObject transfer =
                ArchiveJobsIT.runToEnd(
                        archivist,
                        new ArchiveJobsIT.JobInput(
                                "TRANSFER", ArchiveJobsIT.FINISHED, List.of(SCHOOL), false));
        assertThat(transfer.getString("status")).as(transfer.toString()).isEqualTo("COMPLETED");
        List<JsonObject> documents =
                archivist.get("/archive/schools/" + SCHOOL + "/documents").array().stream()
                        .map(JsonObject.class::cast)
                        .filter(d -> ArchiveJobsIT.FINISHED.equals(d.getString("year", null)))
                        .map(d -> d.getJsonObject("document"))
                        .toList();
        assertThat(documents).isNotEmpty();
        long yearId = documents.get(0).getJsonNumber("yearId").longValue();
        // the log grows after the transfer (another school's deposit, a new checkpoint), so the
        // package holds at least two checkpoints covering its documents and a proof between them
        var later =
                archivist.post(
                        "/test-archive/deposit?school=1&year="
                                + firstYearOfSchool1()
                                + "&class=0&name=5&kind=SUMMARY_SHEET&closed=2026-06-30",
                        "application/octet-stream",
                        ("%PDF later " + System.nanoTime()).getBytes(StandardCharsets.UTF_8));
        assertThat(later.status()).as(later.toString()).isEqualTo(200);
        var signed = archivist.post("/test-archive/checkpoint", "application/json", new byte[0]);
        assertThat(signed.status()).as(signed.toString()).isEqualTo(200);
        long latestSize = signed.object().getJsonNumber("treeSize").longValue();
        String path = "/api/v1/archive/schools/" + SCHOOL + "/years/" + yearId + "/package";

        HttpResponse<byte[]> reply = get(path, ArchiveJobsIT.ARCHIVIST);
        assertThat(reply.statusCode())
                .as(new String(reply.body(), StandardCharsets.UTF_8))
                .isEqualTo(200);
        assertThat(reply.headers().firstValue("Content-Type")).hasValue("application/zip");
        assertThat(reply.headers().firstValue("Content-Disposition").orElse(""))
                .contains("school-" + SCHOOL + "-2025-2026.zip");
        Path root = unzip(reply.body());
        assertThat(root.getFileName().toString()).isEqualTo("school-" + SCHOOL + "-2025-2026");

        try (BagVerifier verifier = new BagVerifier()) {
            Bag bag = new BagReader().read(root);
            verifier.isValid(bag, false); // throws, naming the file, when anything does not match
            assertThat(bag.getVersion().toString()).isEqualTo("1.0");
        }
        assertThat(Files.readString(root.resolve("bag-info.txt")))
                .contains("Source-Organization: ")
                .contains("External-Identifier: school-" + SCHOOL + "-2025-2026")
                .contains("Payload-Oxum: ");

        Path data = root.resolve("data");
        for (JsonObject d : documents) {
            String kind =
                    d.getString("kind").equals("CLASS_JOURNAL") ? "class-journal" : "summary-sheet";
            Path folder = data.resolve("documents").resolve(slug(d.getString("className")));
            Path pdf = folder.resolve(kind + "-v" + d.getInt("version") + ".pdf");
            assertThat(pdf).as("the archived PDF of %s", d).exists();
            assertThat(sha256(Files.readAllBytes(pdf))).isEqualTo(d.getString("sha256"));
            Path proof = folder.resolve(kind + "-v" + d.getInt("version") + ".proof.txt");
            assertThat(Files.readString(proof)).contains(d.getString("sha256"));
        }
        List<String> pems;
        try (Stream<Path> keys = Files.list(data.resolve("keys"))) {
            pems = keys.map(HandOverPackageIT::read).toList();
        }
        assertThat(pems).isNotEmpty().allSatisfy(k -> assertThat(k).contains("PUBLIC KEY"));
        Path checkpoints = data.resolve("checkpoints");
        int count;
        try (Stream<Path> files = Files.list(checkpoints)) {
            count = (int) files.filter(f -> f.toString().contains("checkpoint-")).count();
        }
        assertThat(count).as("checkpoints from the first covering the year").isGreaterThan(1);
        String latest = read(checkpoints.resolve("checkpoint-" + count + ".txt"));
        assertThat(latest).startsWith("school-journal archive\n" + latestSize + "\n");
        long firstLeaf =
                documents.stream()
                        .mapToLong(d -> d.getJsonNumber("leafIndex").longValue())
                        .min()
                        .orElseThrow();
        assertThat(Long.parseLong(read(checkpoints.resolve("checkpoint-1.txt")).split("\n")[1]))
                .as("the first checkpoint holds one of the documents")
                .isGreaterThan(firstLeaf);
        var chain = ArchiveVerifier.verifyChain(checkpoints, pems);
        assertThat(chain.valid()).as(String.join("\n", chain.lines())).isTrue();
        for (JsonObject d : documents) {
            String stem =
                    "documents/"
                            + slug(d.getString("className"))
                            + "/"
                            + (d.getString("kind").equals("CLASS_JOURNAL")
                                    ? "class-journal"
                                    : "summary-sheet")
                            + "-v"
                            + d.getInt("version");
            String proof = read(data.resolve(stem + ".proof.txt"));
            assertThat(proof).as("proved against the latest checkpoint").endsWith(latest);
            try (var pdf = Files.newInputStream(data.resolve(stem + ".pdf"))) {
                var verified = ArchiveVerifier.verify(pdf, proof, pems);
                assertThat(verified.valid()).as(verified.lines().toString()).isTrue();
            }
        }
        // a consistency proof changed in the package is refused (the last one is not empty)
        Path proof = checkpoints.resolve("consistency-" + (count - 1) + "-" + count + ".txt");
        String text = read(proof);
        int at = text.indexOf("path ") + "path ".length();
        assertThat(at).as("a non-empty consistency proof").isGreaterThan(4);
        Files.writeString(
                proof,
                text.substring(0, at)
                        + (text.charAt(at) == 'A' ? 'B' : 'A')
                        + text.substring(at + 1));
        var tampered = ArchiveVerifier.verifyChain(checkpoints, pems);
        assertThat(tampered.valid()).isFalse();
        assertThat(tampered.lines())
                .contains(
                        "FAIL checkpoint "
                                + (count - 1)
                                + " is a prefix of checkpoint "
                                + count
                                + " (consistency proof)");

        byte[] inventory = Files.readAllBytes(data.resolve("inventory.pdf"));
        assertThat(YearEndPrintsIT.pdfaFailures(inventory)).as("veraPDF, PDF/A-2b").isEmpty();
        String listed = YearEndPrintsIT.text(inventory);
        assertThat(listed).contains("ОПИСЬ ДОКУМЕНТОВ");
        for (JsonObject d : documents) {
            assertThat(listed).contains(d.getString("sha256"));
        }
        assertThat(listed).contains("В опись внесено документов: " + documents.size() + ",");

        JsonObject sheetDoc =
                documents.stream()
                        .filter(d -> d.getString("kind").equals("SUMMARY_SHEET"))
                        .findFirst()
                        .orElseThrow();
        JsonObject sheet =
                ApiClient.as(base, "s2.head", Demo.PASSWORD)
                        .get(
                                "/classes/"
                                        + sheetDoc.getJsonNumber("classId")
                                        + "/summary-sheet?year="
                                        + yearId)
                        .object();
        List<JsonObject> pupils = sheet.getJsonArray("pupils").getValuesAs(JsonObject.class);
        assertThat(pupils).isNotEmpty();
        String name = "summary-sheets/" + slug(sheetDoc.getString("className"));
        byte[] csv = Files.readAllBytes(data.resolve(name + ".csv"));
        assertThat(csv).startsWith(0xEF, 0xBB, 0xBF);
        List<String> lines =
                List.of(new String(csv, 3, csv.length - 3, StandardCharsets.UTF_8).split("\r\n"));
        assertThat(lines).hasSize(pupils.size() + 1);
        assertThat(lines.get(0)).startsWith("№;Фамилия, имя;");
        for (int i = 0; i < pupils.size(); i++) {
            JsonObject pupil = pupils.get(i);
            String[] fields = lines.get(i + 1).split(";", -1);
            assertThat(fields[1]).isEqualTo(pupil.getString("name"));
            JsonObject first = pupil.getJsonArray("subjects").getJsonObject(0);
            assertThat(fields[2 + first.getJsonArray("periods").size()])
                    .as("the first subject's year mark")
                    .isEqualTo(first.getString("year"));
        }
        try (XSSFWorkbook book =
                new XSSFWorkbook(
                        new ByteArrayInputStream(
                                Files.readAllBytes(data.resolve(name + ".xlsx"))))) {
            Sheet s = book.getSheetAt(0);
            assertThat(s.getRow(1).getCell(2).getStringCellValue())
                    .isEqualTo(sheet.getJsonArray("subjects").getJsonObject(0).getString("name"));
            assertThat(s.getRow(3).getCell(1).getStringCellValue())
                    .isEqualTo(pupils.get(0).getString("name"));
            assertThat(s.getLastRowNum()).isEqualTo(2 + pupils.size());
            assertThat(s.getMergedRegions()).isNotEmpty();
        }

        assertThat(get(path, "s2.head").statusCode()).as("its own head").isEqualTo(200);
        assertThat(get(path, "s1.head").statusCode()).as("another school's head").isEqualTo(404);
        assertThat(get(path, Demo.OTHER_SCHOOL_TEACHER).statusCode()).isEqualTo(403);
        assertThat(
                        get(
                                        "/api/v1/archive/schools/"
                                                + SCHOOL
                                                + "/years/999999/package",
                                        ArchiveJobsIT.ARCHIVIST)
                                .statusCode())
                .as("a year not the school's")
                .isEqualTo(404);
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** A year of school 1, for a deposit that only makes the log grow (as ArchiveIT deposits). */
    private static long firstYearOfSchool1() throws java.sql.SQLException {
        try (var c = TestDatabase.superuser();
                var r =
                        c.createStatement()
                                .executeQuery(
                                        "select min(id) from academic_year where school_id = 1")) {
            r.next();
            return r.getLong(1);
        }
    }

    private HttpResponse<byte[]> get(String path, String login) throws Exception {
        ApiClient.as(base, login, Demo.PASSWORD); // waits until the application answers
        String basic =
                Base64.getEncoder()
                        .encodeToString(
                                (login + ":" + Demo.PASSWORD).getBytes(StandardCharsets.UTF_8));
        return HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create(base + path))
                                .header("Authorization", "Basic " + basic)
                                .header("Accept", "application/zip, application/problem+json")
                                .build(),
                        HttpResponse.BodyHandlers.ofByteArray());
    }

    /** The package's ASCII folder of a class (as PackagePaths makes it): «5 «А»» → 05-A. */
    private static String slug(String classTitle) {
        return org.schooljournal.batch.handover.PackagePaths.slug(classTitle);
    }

    private Path unzip(byte[] zip) throws Exception {
        Path root = null;
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                Path target = dir.resolve(e.getName()).normalize();
                assertThat(target.startsWith(dir)).as("inside the bag").isTrue();
                Files.createDirectories(target.getParent());
                Files.write(target, in.readAllBytes());
                root = dir.resolve(e.getName().substring(0, e.getName().indexOf('/')));
            }
        }
        return root;
    }

    private static String sha256(byte[] bytes) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    }
}
