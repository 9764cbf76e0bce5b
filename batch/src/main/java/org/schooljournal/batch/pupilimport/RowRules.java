package org.schooljournal.batch.pupilimport;

import static org.schooljournal.batch.pupilimport.Column.BIRTH_DATE;
import static org.schooljournal.batch.pupilimport.Column.FIRST_NAME;
import static org.schooljournal.batch.pupilimport.Column.LAST_NAME;
import static org.schooljournal.batch.pupilimport.Column.MIDDLE_NAME;
import static org.schooljournal.batch.pupilimport.Column.PARENT_EMAIL;
import static org.schooljournal.batch.pupilimport.Column.PARENT_FIRST_NAME;
import static org.schooljournal.batch.pupilimport.Column.PARENT_LAST_NAME;
import static org.schooljournal.batch.pupilimport.Column.PARENT_MIDDLE_NAME;
import static org.schooljournal.batch.pupilimport.Column.PARENT_PHONE;

import java.time.LocalDate;
import java.time.Period;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.Optional;
import java.util.regex.Pattern;
import org.schooljournal.people.control.Enrolment;

/**
 * The checks of one roster row that need nothing but the row and today's date. A row is skipped for
 * its first problem; the checks that protect the database (formulas, control characters, lengths)
 * come first, so no later message quotes a dangerous or oversized cell.
 */
public final class RowRules {
    public static final int MIN_AGE = 5;
    public static final int MAX_AGE = 20;

    // d.M also reads dd.MM; STRICT refuses 31.02 instead of moving it to 03.03.
    private static final DateTimeFormatter RUSSIAN_DATE =
            DateTimeFormatter.ofPattern("d.M.uuuu").withResolverStyle(ResolverStyle.STRICT);
    private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("dd.MM.uuuu");
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s.]+(\\.[^@\\s.]+)+");
    // "+7 (912) 345-67-89" is how Russian phones are written: digits and punctuation can't call
    // a spreadsheet function, so such a phone is not taken for a formula.
    private static final Pattern PHONE = Pattern.compile("\\+[0-9 ()\\-]+");
    private static final Pattern CONTROL = Pattern.compile("\\p{Cntrl}");

    private RowRules() {}

    public static ImportItem check(RosterRow row, LocalDate today) {
        for (Column column : Column.values()) {
            String cell = row.cell(column);
            if (cell == null) {
                continue;
            }
            if (row.formulas().contains(column) || looksLikeFormula(column, cell)) {
                return issue(row, RowIssue.FORMULA, column.key());
            }
            String value = cell.strip();
            if (CONTROL.matcher(value).find()) {
                return issue(row, RowIssue.CONTROL, column.key());
            }
            if (value.length() > column.maxLength()) {
                return issue(
                        row, RowIssue.TOO_LONG, column.key(), String.valueOf(column.maxLength()));
            }
        }
        for (Column column : Column.REQUIRED) {
            if (row.value(column) == null) {
                return issue(row, RowIssue.REQUIRED, column.key());
            }
        }
        boolean anyParent = Column.PARENT.stream().anyMatch(c -> row.value(c) != null);
        if (anyParent && row.value(PARENT_LAST_NAME) == null) {
            return issue(row, RowIssue.REQUIRED, PARENT_LAST_NAME.key());
        }
        if (anyParent && row.value(PARENT_FIRST_NAME) == null) {
            return issue(row, RowIssue.REQUIRED, PARENT_FIRST_NAME.key());
        }
        Optional<LocalDate> birthDate = parseDate(row.value(BIRTH_DATE));
        if (birthDate.isEmpty()) {
            return issue(row, RowIssue.DATE, row.value(BIRTH_DATE));
        }
        int age = Period.between(birthDate.get(), today).getYears();
        if (birthDate.get().isAfter(today) || age < MIN_AGE || age > MAX_AGE) {
            return issue(row, RowIssue.DATE_RANGE, shown(birthDate.get()));
        }
        String email = row.value(PARENT_EMAIL);
        if (email != null && !EMAIL.matcher(email).matches()) {
            return issue(row, RowIssue.EMAIL, email);
        }
        return new Applicant(
                row.number(),
                row.repeatsEarlierRow(),
                row.value(LAST_NAME),
                row.value(FIRST_NAME),
                row.value(MIDDLE_NAME),
                birthDate.get(),
                anyParent
                        ? new Enrolment.Parent(
                                row.value(PARENT_LAST_NAME),
                                row.value(PARENT_FIRST_NAME),
                                row.value(PARENT_MIDDLE_NAME),
                                email,
                                row.value(PARENT_PHONE))
                        : null);
    }

    /**
     * A cell a spreadsheet would run as a formula when the data is exported again (CSV injection):
     * starting with = + - @, or with a tab or carriage return that hides such a start.
     */
    static boolean looksLikeFormula(Column column, String cell) {
        if (cell.startsWith("\t") || cell.startsWith("\r")) {
            return true;
        }
        String value = cell.strip();
        if (value.isEmpty() || "=+-@".indexOf(value.charAt(0)) < 0) {
            return false;
        }
        return !(column == PARENT_PHONE && PHONE.matcher(value).matches());
    }

    /** A birth date as dd.MM.yyyy (d.M.yyyy too) or yyyy-MM-dd; empty if neither or impossible. */
    public static Optional<LocalDate> parseDate(String value) {
        if (value == null) {
            return Optional.empty();
        }
        for (DateTimeFormatter format :
                new DateTimeFormatter[] {RUSSIAN_DATE, DateTimeFormatter.ISO_LOCAL_DATE}) {
            try {
                return Optional.of(LocalDate.parse(value, format));
            } catch (DateTimeParseException notThisFormat) {
                // try the next format
            }
        }
        return Optional.empty();
    }

    static String shown(LocalDate date) {
        return SHOWN.format(date);
    }

    private static RowIssue issue(RosterRow row, String key, String... args) {
        return new RowIssue(row.number(), key, args);
    }
}
