package org.schooljournal.archive.boundary;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.security.PublicKey;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Map;
import java.util.TreeMap;
import javax.sql.DataSource;
import org.schooljournal.archive.control.ClassBooks;
import org.schooljournal.archive.control.ClassSheets;
import org.schooljournal.calendar.entity.AcademicYear;
import org.schooljournal.journal.boundary.SummarySheet;
import org.schooljournal.journal.control.EcdsaKeys;
import org.schooljournal.journal.control.SigningKeys;
import org.schooljournal.platform.control.SchoolScope;
import org.schooljournal.platform.entity.JournalException;
import org.schooljournal.platform.entity.Role;

/**
 * What the hand-over package (issue 10, item 6) needs beside the archived documents: a class's
 * summary sheet as data (to give it also as CSV and XLSX) and the archive's public keys (so the
 * municipal archive verifies the proofs without the server). Read-only; the archivist for any
 * school, a head or deputy head for its own (another school is not found, R-T01).
 */
@Stateless
@RolesAllowed({Role.ARCHIVIST, Role.HEAD, Role.DEPUTY_HEAD})
public class HandOverSources {
    @Resource(lookup = "jdbc/journal")
    DataSource dataSource;

    @Inject SchoolScope scope;

    @Inject ClassBooks books;

    @Inject ClassSheets sheets;

    /** The summary sheet of the class's year, as it is printed for the archive. */
    public SummarySheet summarySheet(long schoolId, long yearId, long classId) {
        scope.enter(schoolId);
        if (!books.schoolExists(schoolId)) {
            throw JournalException.notFound("school " + schoolId);
        }
        AcademicYear year = books.year(yearId);
        return sheets.of(books.read(schoolId, books.schoolClass(classId, year), year));
    }

    /** Every key the archive ever signed with, as PEM text by key id (sorted by id). */
    public Map<String, String> publicKeys() {
        try (Connection c = dataSource.getConnection()) {
            Map<String, String> pems = new TreeMap<>();
            for (Map.Entry<String, PublicKey> key : SigningKeys.all(c).entrySet()) {
                pems.put(key.getKey(), EcdsaKeys.pem(key.getValue().getEncoded()));
            }
            return pems;
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read the archive's keys", e);
        }
    }
}
