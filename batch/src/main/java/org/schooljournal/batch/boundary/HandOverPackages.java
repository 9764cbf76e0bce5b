package org.schooljournal.batch.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.schooljournal.archive.boundary.Archive;
import org.schooljournal.archive.boundary.ArchivedDocument;
import org.schooljournal.archive.boundary.BookKind;
import org.schooljournal.archive.boundary.Checkpoint;
import org.schooljournal.archive.boundary.CheckpointChain;
import org.schooljournal.archive.boundary.ConsistencyProof;
import org.schooljournal.archive.boundary.DocumentDownload;
import org.schooljournal.archive.boundary.HandOverSources;
import org.schooljournal.archive.control.ConsistencyFile;
import org.schooljournal.archive.control.InventoryPrinter;
import org.schooljournal.batch.archive.SchoolYears;
import org.schooljournal.batch.handover.BagWriter;
import org.schooljournal.batch.handover.PackagePaths;
import org.schooljournal.batch.handover.SummarySheetFiles;
import org.schooljournal.platform.control.SchoolClock;
import org.schooljournal.platform.entity.JournalException;
import org.schooljournal.platform.entity.Role;

/**
 * The hand-over package of a school's year (issue 10, item 6; R-P03, R-P06): what the municipal
 * archive receives, as a BagIt bag (RFC 8493) in a zip — every archived PDF of the year with its
 * inclusion proof against the latest checkpoint, each summary sheet also as CSV and XLSX, the
 * inventory (опись) as PDF/A, every checkpoint from the first that holds one of the documents to
 * the latest with the consistency proofs between them, and the archive's public keys. The archivist
 * for any school, a head for its own (another school's is not found); read-only.
 *
 * <p>Two calls, so that a refusal is an ordinary error answer before any byte is sent: {@link
 * #plan} checks and lists, {@link #write} streams the zip document by document (one PDF in memory
 * at a time), each archive read in its own short transaction.
 */
@Stateless
@RolesAllowed({Role.ARCHIVIST, Role.HEAD})
public class HandOverPackages {
    @EJB ArchiveOverview overview;

    @EJB Archive archive;

    @EJB HandOverSources sources;

    @Inject SchoolYears schoolYears;

    @Inject SchoolClock clock;

    /** What a package holds: the school, the year and its archived documents. */
    public record Plan(
            long schoolId,
            String school,
            long yearId,
            String year,
            List<ArchivedDocument> documents) {
        /** «school-1-2025-2026»: the zip's name and its top directory. */
        public String bagName() {
            return "school-" + schoolId + "-" + year.replaceAll("[^0-9A-Za-z]+", "-");
        }
    }

    /**
     * The package's contents, or not found: a school the caller may not browse, a year not the
     * school's, or a year with nothing archived yet.
     */
    public Plan plan(long schoolId, long yearId) {
        String school =
                overview.schools().stream()
                        .filter(s -> s.id() == schoolId)
                        .map(SchoolChoiceData::name)
                        .findFirst()
                        .orElseThrow(() -> JournalException.notFound("school " + schoolId));
        String year = schoolYears.namesOf(schoolId).get(yearId);
        if (year == null) {
            throw JournalException.notFound("school year " + yearId);
        }
        List<ArchivedDocument> documents =
                archive.documents(schoolId, yearId).stream()
                        .sorted(
                                Comparator.comparing(ArchivedDocument::className)
                                        .thenComparing(ArchivedDocument::kind)
                                        .thenComparing(ArchivedDocument::version))
                        .toList();
        if (documents.isEmpty()) {
            throw new JournalException(
                    JournalException.Kind.NOT_FOUND, "archive.handOverEmpty", year);
        }
        return new Plan(schoolId, school, yearId, year, documents);
    }

    /** Writes the package of {@link #plan}'s result as a zip to {@code out} (left open). */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public void write(Plan plan, OutputStream out) {
        LocalDate today = clock.todayAt(plan.schoolId());
        try {
            BagWriter bag = new BagWriter(out, plan.bagName());
            List<InventoryPrinter.Entry> entries = new ArrayList<>();
            Set<Long> sheetsOf = new LinkedHashSet<>();
            Checkpoint checkpoint = null;
            for (ArchivedDocument d : plan.documents()) {
                DocumentDownload download = archive.download(d.id());
                String file = PackagePaths.document(d);
                int pages = 0;
                if (download.pdf() != null) {
                    bag.add(file, download.pdf());
                    pages = pages(download.pdf());
                }
                if (download.proof() != null) {
                    bag.add(PackagePaths.proof(d), utf8(download.proof()));
                    checkpoint = download.checkpoint();
                }
                entries.add(
                        new InventoryPrinter.Entry(
                                d.className(),
                                kind(d.kind()),
                                d.version(),
                                pages,
                                d.destroyAfter(),
                                d.sha256(),
                                download.pdf() == null ? "уничтожен по акту" : file));
                if (d.kind() == BookKind.SUMMARY_SHEET) {
                    sheetsOf.add(d.classId());
                }
            }
            for (long classId : sheetsOf) {
                var sheet = sources.summarySheet(plan.schoolId(), plan.yearId(), classId);
                String name = PackagePaths.summarySheet(sheet.classTitle());
                bag.add(name + ".csv", SummarySheetFiles.csv(sheet));
                bag.add(name + ".xlsx", SummarySheetFiles.xlsx(sheet));
            }
            if (checkpoint != null) {
                addChain(bag, plan);
            }
            for (Map.Entry<String, String> key : sources.publicKeys().entrySet()) {
                bag.add(PackagePaths.key(key.getKey()), utf8(key.getValue()));
            }
            bag.add(
                    PackagePaths.INVENTORY,
                    InventoryPrinter.print(plan.school(), plan.year(), today, entries).bytes());
            bag.add(PackagePaths.README, utf8(PackagePaths.readme(plan.year())));
            bag.info("Source-Organization", plan.school())
                    .info("External-Identifier", plan.bagName())
                    .info(
                            "External-Description",
                            "Архив электронного журнала: " + plan.year() + " учебный год")
                    .info("Bag-Count", "1 of 1")
                    .finish(today);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Every checkpoint from the first that holds one of the package's documents to the latest, with
     * the consistency proof between each consecutive pair (item 4): a checkpoint the department
     * kept from any of those days then vouches for the documents too.
     */
    private void addChain(BagWriter bag, Plan plan) throws IOException {
        long firstLeaf =
                plan.documents().stream()
                        .mapToLong(ArchivedDocument::leafIndex)
                        .min()
                        .orElseThrow();
        CheckpointChain chain = archive.chainFrom(firstLeaf);
        for (int i = 0; i < chain.checkpoints().size(); i++) {
            bag.add(PackagePaths.checkpoint(i + 1), utf8(chain.checkpoints().get(i).note()));
            if (i > 0) {
                ConsistencyProof proof = chain.proofs().get(i - 1);
                ConsistencyFile file =
                        new ConsistencyFile(
                                proof.from().treeSize(),
                                proof.to().treeSize(),
                                proof.path().stream().map(Base64.getDecoder()::decode).toList());
                bag.add(PackagePaths.consistency(i + 1), utf8(file.text()));
            }
        }
    }

    private static int pages(byte[] pdf) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            return doc.getNumberOfPages();
        }
    }

    private static String kind(BookKind kind) {
        return kind == BookKind.CLASS_JOURNAL ? "Классный журнал" : "Сводная ведомость";
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
