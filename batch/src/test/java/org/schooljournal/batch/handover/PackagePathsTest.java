package org.schooljournal.batch.handover;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.schooljournal.archive.boundary.ArchivedDocument;
import org.schooljournal.archive.boundary.BookKind;

class PackagePathsTest {
    @Test
    @DisplayName("R-P03 package paths are ASCII: a class «5 «А»» is 05-A, «11 «Щ»» 11-SCH")
    void slugs() {
        assertThat(PackagePaths.slug("5 «А»")).isEqualTo("05-A");
        assertThat(PackagePaths.slug("11 «Щ»")).isEqualTo("11-SCH");
        assertThat(PackagePaths.slug("10 «Я»-профиль")).isEqualTo("10-YA-PROFIL");
        assertThat(PackagePaths.slug("«»")).isEqualTo("class");
    }

    @Test
    @DisplayName("R-P03 a document, its proof and its summary-sheet files lie side by side")
    void documentPaths() {
        ArchivedDocument d =
                new ArchivedDocument(
                        1,
                        0,
                        1,
                        3,
                        7,
                        "5 «А»",
                        BookKind.SUMMARY_SHEET,
                        2,
                        "ab",
                        10,
                        LocalDate.of(2026, 6, 30),
                        LocalDate.of(2051, 6, 30),
                        Instant.EPOCH,
                        false);
        assertThat(PackagePaths.document(d)).isEqualTo("documents/05-A/summary-sheet-v2.pdf");
        assertThat(PackagePaths.proof(d)).isEqualTo("documents/05-A/summary-sheet-v2.proof.txt");
        assertThat(PackagePaths.summarySheet("5 «А»")).isEqualTo("summary-sheets/05-A");
        assertThat(PackagePaths.key("k1/../x")).isEqualTo("keys/k1____x.pem");
    }
}
