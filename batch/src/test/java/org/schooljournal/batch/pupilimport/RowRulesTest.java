package org.schooljournal.batch.pupilimport;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.schooljournal.people.control.Enrolment;

@DisplayName("Import: checking one roster row")
class RowRulesTest {
    private static final LocalDate TODAY = LocalDate.of(2025, 9, 1);

    @Test
    @DisplayName("Import: a complete row becomes an applicant with a parent, values trimmed")
    void goodRow() {
        ImportItem item =
                check(
                        row(
                                "Иванов ",
                                " Пётр",
                                "Сергеевич",
                                "01.09.2015",
                                "Иванова",
                                "Мария",
                                "",
                                "ivanova@example.ru",
                                "+7 (912) 345-67-89"));

        assertThat(item)
                .isEqualTo(
                        new Applicant(
                                2,
                                false,
                                "Иванов",
                                "Пётр",
                                "Сергеевич",
                                LocalDate.of(2015, 9, 1),
                                new Enrolment.Parent(
                                        "Иванова",
                                        "Мария",
                                        null,
                                        "ivanova@example.ru",
                                        "+7 (912) 345-67-89")));
    }

    @Test
    @DisplayName("Import: without parent columns, or with them empty, the applicant has no parent")
    void noParent() {
        Map<Column, String> cells = new EnumMap<>(Column.class);
        cells.put(Column.LAST_NAME, "Иванов");
        cells.put(Column.FIRST_NAME, "Пётр");
        cells.put(Column.BIRTH_DATE, "1.9.2015");

        assertThat(check(new RosterRow(7, cells, Set.of(), false)))
                .isInstanceOfSatisfying(Applicant.class, a -> assertThat(a.parent()).isNull());
        assertThat(check(row("Иванов", "Пётр", "", "2015-09-01", "", "", "", "", "")))
                .isInstanceOfSatisfying(Applicant.class, a -> assertThat(a.parent()).isNull());
    }

    @Test
    @DisplayName("Import, issue-2 bad input: an empty required field is reported with its column")
    void required() {
        assertIssue(row("", "Пётр", "", "01.09.2015"), RowIssue.REQUIRED, Column.LAST_NAME.key());
        assertIssue(
                row("Иванов", " ", "", "01.09.2015"), RowIssue.REQUIRED, Column.FIRST_NAME.key());
        assertIssue(row("Иванов", "Пётр", "", ""), RowIssue.REQUIRED, Column.BIRTH_DATE.key());
    }

    @Test
    @DisplayName(
            "Import, issue-2 bad input: a parent needs a first name, and any parent detail a last name")
    void parentNames() {
        assertIssue(
                row("Иванов", "Пётр", "", "01.09.2015", "Иванова", "", "", "", ""),
                RowIssue.REQUIRED,
                Column.PARENT_FIRST_NAME.key());
        assertIssue(
                row("Иванов", "Пётр", "", "01.09.2015", "", "", "", "a@example.ru", ""),
                RowIssue.REQUIRED,
                Column.PARENT_LAST_NAME.key());
    }

    @Test
    @DisplayName(
            "Import, issue-2 bad input: unparseable or impossible birth dates are reported as such")
    void badDates() {
        assertIssue(row("Иванов", "Пётр", "", "31.02.2015"), RowIssue.DATE, "31.02.2015");
        assertIssue(row("Иванов", "Пётр", "", "2015/09/01"), RowIssue.DATE, "2015/09/01");
        assertIssue(row("Иванов", "Пётр", "", "01.09.15"), RowIssue.DATE, "01.09.15");
        assertIssue(row("Иванов", "Пётр", "", "завтра"), RowIssue.DATE, "завтра");
    }

    @Test
    @DisplayName("Import, issue-2 bad input: a pupil must be 5 to 20 years old today")
    void ageRange() {
        assertThat(check(row("Иванов", "Пётр", "", "01.09.2020"))).isInstanceOf(Applicant.class);
        assertThat(check(row("Иванов", "Пётр", "", "02.09.2004"))).isInstanceOf(Applicant.class);
        assertIssue(row("Иванов", "Пётр", "", "02.09.2020"), RowIssue.DATE_RANGE, "02.09.2020");
        assertIssue(row("Иванов", "Пётр", "", "01.09.2004"), RowIssue.DATE_RANGE, "01.09.2004");
        assertIssue(row("Иванов", "Пётр", "", "2030-01-01"), RowIssue.DATE_RANGE, "01.01.2030");
    }

    @Test
    @DisplayName(
            "Import, issue-2 bad input: cells a spreadsheet would run as a formula are refused")
    void formulas() {
        for (String cell :
                List.of("=1+1", "+SUM(A1)", "-2+3", "@cmd", "\t=1", "\r=1", " =HYPERLINK(\"x\")")) {
            assertIssue(
                    row("Иванов", cell, "", "01.09.2015"),
                    RowIssue.FORMULA,
                    Column.FIRST_NAME.key());
        }
        assertIssue(
                row("Иванов", "Пётр", "", "01.09.2015", "Иванова", "Мария", "", "", "+7 =1"),
                RowIssue.FORMULA,
                Column.PARENT_PHONE.key());
    }

    @Test
    @DisplayName("Import, issue-2 bad input: an XLSX formula cell is refused whatever it computes")
    void xlsxFormula() {
        RosterRow row = row("Иванов", "", "", "01.09.2015");
        RosterRow withFormula =
                new RosterRow(row.number(), row.cells(), Set.of(Column.FIRST_NAME), false);

        assertIssue(withFormula, RowIssue.FORMULA, Column.FIRST_NAME.key());
    }

    @Test
    @DisplayName(
            "Import, issue-2 bad input: control characters (NUL, line breaks) inside a cell are refused")
    void controlCharacters() {
        assertIssue(
                row("Ива\u0000нов", "Пётр", "", "01.09.2015"),
                RowIssue.CONTROL,
                Column.LAST_NAME.key());
        assertIssue(
                row("Иванов", "Пётр\nПавел", "", "01.09.2015"),
                RowIssue.CONTROL,
                Column.FIRST_NAME.key());
    }

    @Test
    @DisplayName(
            "Import, issue-2 bad input: a field over 100 characters (a phone over 40) is refused")
    void tooLong() {
        String name = "Щ".repeat(101);
        assertIssue(
                row(name, "Пётр", "", "01.09.2015"),
                RowIssue.TOO_LONG,
                Column.LAST_NAME.key(),
                "100");
        assertThat(check(row("Щ".repeat(100), "Пётр", "", "01.09.2015")))
                .isInstanceOf(Applicant.class);
        assertIssue(
                row("Иванов", "Пётр", "", "01.09.2015", "Иванова", "Мария", "", "", "1".repeat(41)),
                RowIssue.TOO_LONG,
                Column.PARENT_PHONE.key(),
                "40");
    }

    @Test
    @DisplayName("Import, issue-2 bad input: a malformed parent e-mail is refused")
    void email() {
        for (String email :
                List.of("ivanova", "ivanova@", "x@@mail.ru", "a@b", "a b@mail.ru", "a@mail..ru")) {
            assertIssue(
                    row("Иванов", "Пётр", "", "01.09.2015", "Иванова", "Мария", "", email, ""),
                    RowIssue.EMAIL,
                    email);
        }
    }

    @Test
    @DisplayName(
            "Import: an already enrolled pupil is reported as in the school, or as repeated in the file")
    void alreadyEnrolled() {
        Applicant applicant =
                new Applicant(9, false, "Иванов", "Пётр", null, LocalDate.of(2015, 9, 1), null);
        Applicant repeated =
                new Applicant(9, true, "Иванов", "Пётр", "Ильич", LocalDate.of(2015, 9, 1), null);

        assertThat(applicant.alreadyEnrolled())
                .isEqualTo(new RowIssue(9, RowIssue.DUPLICATE, "Иванов Пётр", "01.09.2015"));
        assertThat(repeated.alreadyEnrolled())
                .isEqualTo(new RowIssue(9, RowIssue.REPEATED, "Иванов Пётр Ильич", "01.09.2015"));
    }

    private static ImportItem check(RosterRow row) {
        return RowRules.check(row, TODAY);
    }

    private static void assertIssue(RosterRow row, String key, String... args) {
        assertThat(check(row)).isEqualTo(new RowIssue(row.number(), key, args));
    }

    /** A row numbered 2 with the columns in enum order, as many as given. */
    private static RosterRow row(String... cells) {
        Map<Column, String> map = new EnumMap<>(Column.class);
        for (int i = 0; i < cells.length; i++) {
            map.put(Column.values()[i], cells[i]);
        }
        return new RosterRow(2, map, Set.of(), false);
    }
}
