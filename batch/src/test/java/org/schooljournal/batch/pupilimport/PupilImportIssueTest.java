package org.schooljournal.batch.pupilimport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.schooljournal.people.entity.PupilImport;
import org.schooljournal.people.entity.PupilImportIssue;
import org.schooljournal.school.entity.SchoolClass;

@DisplayName("Import: what is stored of an upload and of its issues")
class PupilImportIssueTest {
    private final PupilImport upload =
            new PupilImport(
                    new SchoolClass(5, "А", null),
                    "C:\\Users\\admin\\5А.csv",
                    new byte[] {1},
                    "admin",
                    Instant.EPOCH);

    @Test
    @DisplayName(
            "Import: an issue keeps its key and arguments, to be rendered later in any language")
    void roundTrip() {
        PupilImportIssue issue =
                new PupilImportIssue(
                        upload, 4, RowIssue.DUPLICATE, List.of("Иванов Пётр", "01.09.2015"));

        assertThat(issue.getKey()).isEqualTo(RowIssue.DUPLICATE);
        assertThat(issue.getArgs()).containsExactly("Иванов Пётр", "01.09.2015");
        assertThat(new PupilImportIssue(upload, 2, RowIssue.REQUIRED, List.of()).getArgs())
                .isEmpty();
    }

    @Test
    @DisplayName(
            "Import, issue-2 bad input: control characters in a quoted cell can't break the stored issue")
    void controlCharacters() {
        PupilImportIssue issue =
                new PupilImportIssue(upload, 4, RowIssue.DATE, List.of("1\u001F2\u00003", "x"));

        assertThat(issue.getArgs()).containsExactly("1 2 3", "x");
    }

    @Test
    @DisplayName("Import: the stored file name is the name, without the client's path")
    void fileName() {
        assertThat(upload.getFileName()).isEqualTo("5А.csv");
        assertThatThrownBy(() -> new PupilImportIssue(upload, 0, RowIssue.DATE, List.of()))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
