package org.schooljournal.people.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import org.schooljournal.platform.entity.SchoolOwned;

/**
 * Why a row of an import was skipped. The message is stored as a message key and its arguments, not
 * as text, so each reader sees it in their own language.
 */
@Entity
@Table(name = "pupil_import_issue")
@NamedQuery(
        name = "PupilImportIssue.ofImport",
        query =
                "select i from PupilImportIssue i where i.pupilImport.id = :importId"
                        + " order by i.rowNumber")
public class PupilImportIssue extends SchoolOwned {
    /** Separates key and arguments: a character no keyboard types and no roster contains. */
    static final String SEPARATOR = "\u001F";

    private static final int MESSAGE_LENGTH = 1000;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "import_id")
    private PupilImport pupilImport;

    @Column(name = "row_number")
    private int rowNumber;

    private String message;

    protected PupilImportIssue() {}

    public PupilImportIssue(PupilImport pupilImport, int rowNumber, String key, List<String> args) {
        this.pupilImport = Objects.requireNonNull(pupilImport);
        if (rowNumber < 1) {
            throw new IllegalArgumentException("row " + rowNumber);
        }
        this.rowNumber = rowNumber;
        StringBuilder encoded = new StringBuilder(Objects.requireNonNull(key));
        for (String arg : args) {
            encoded.append(SEPARATOR).append(printable(arg));
        }
        // Arguments echo the user's cells; cut rather than fail the chunk on a column limit.
        this.message =
                encoded.length() <= MESSAGE_LENGTH
                        ? encoded.toString()
                        : encoded.substring(0, MESSAGE_LENGTH);
    }

    /**
     * Control characters would break the encoding (the separator) or the database (PostgreSQL
     * refuses NUL in text), and an argument may quote a user's cell verbatim.
     */
    private static String printable(String arg) {
        return arg == null ? "" : arg.replaceAll("\\p{Cntrl}", " ");
    }

    public PupilImport getPupilImport() {
        return pupilImport;
    }

    public int getRowNumber() {
        return rowNumber;
    }

    public String getKey() {
        return message.split(SEPARATOR, -1)[0];
    }

    public List<String> getArgs() {
        String[] parts = message.split(SEPARATOR, -1);
        return List.of(Arrays.copyOfRange(parts, 1, parts.length));
    }
}
