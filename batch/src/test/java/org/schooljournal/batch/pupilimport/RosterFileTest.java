package org.schooljournal.batch.pupilimport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.schooljournal.platform.entity.JournalException;

@DisplayName("Import: reading a roster file (CSV or XLSX) and refusing a bad one at upload")
class RosterFileTest {

    @Test
    @DisplayName(
            "Import: a CSV separated by ; with Russian headers is read, row numbers as in a spreadsheet")
    void semicolonCsv() {
        Roster roster =
                RosterFile.read(
                        Rosters.csv(
                                Rosters.HEADER_RU,
                                "Иванов;Пётр;Сергеевич;01.09.2015;Иванова;Мария;;ivanova@example.ru;+7 912 345-67-89",
                                "Петрова;Анна;;02.03.2015;;;;;"));

        assertThat(roster.rows()).extracting(RosterRow::number).containsExactly(2, 3);
        RosterRow first = roster.rows().get(0);
        assertThat(first.value(Column.LAST_NAME)).isEqualTo("Иванов");
        assertThat(first.value(Column.PARENT_PHONE)).isEqualTo("+7 912 345-67-89");
        assertThat(roster.rows().get(1).value(Column.PARENT_LAST_NAME)).isNull();
        assertThat(roster.firstIgnoredRow()).isEmpty();
    }

    @Test
    @DisplayName("Import: a CSV separated by , with English headers in any case and order is read")
    void commaCsv() {
        Roster roster =
                RosterFile.read(
                        Rosters.csv(
                                " Birth_Date ,LAST_NAME,first_name,parent_email",
                                "2015-09-01,Smith,John,\"smith@example.com\""));

        RosterRow row = roster.rows().get(0);
        assertThat(row.value(Column.BIRTH_DATE)).isEqualTo("2015-09-01");
        assertThat(row.value(Column.LAST_NAME)).isEqualTo("Smith");
        assertThat(row.value(Column.PARENT_EMAIL)).isEqualTo("smith@example.com");
        assertThat(row.cell(Column.MIDDLE_NAME)).isNull();
    }

    @Test
    @DisplayName("Import: a UTF-8 BOM (Excel's \"CSV UTF-8\") does not spoil the first header")
    void bom() {
        byte[] body = Rosters.csv("Фамилия;Имя;Дата рождения", "Иванов;Пётр;01.09.2015");
        byte[] withBom = new byte[body.length + 3];
        withBom[0] = (byte) 0xEF;
        withBom[1] = (byte) 0xBB;
        withBom[2] = (byte) 0xBF;
        System.arraycopy(body, 0, withBom, 3, body.length);

        assertThat(RosterFile.read(withBom).rows()).hasSize(1);
    }

    @Test
    @DisplayName(
            "Import: empty lines keep their row number; a quoted cell over two lines is one row")
    void rowNumbers() {
        Roster roster =
                RosterFile.read(
                        Rosters.csv(
                                "Фамилия;Имя;Дата рождения",
                                "Иванов;Пётр;01.09.2015",
                                "",
                                ";;",
                                "\"Петрова\nСидорова\";Анна;02.03.2015",
                                "Кузнецов;Олег;03.04.2014"));

        assertThat(roster.rows()).extracting(RosterRow::number).containsExactly(2, 5, 6);
    }

    @Test
    @DisplayName("Import: rows past 2000 are ignored and the first ignored row is noted once")
    void tooManyRows() {
        String[] lines = new String[2003];
        lines[0] = "Фамилия;Имя;Дата рождения";
        for (int i = 1; i < lines.length; i++) {
            lines[i] = "Иванов" + i + ";Пётр;01.09.2015";
        }

        Roster roster = RosterFile.read(Rosters.csv(lines));

        assertThat(roster.rows()).hasSize(RosterFile.MAX_ROWS);
        assertThat(roster.firstIgnoredRow()).hasValue(2002);
        assertThat(roster.items())
                .hasSize(2001)
                .last()
                .isEqualTo(new RowIssue(2002, RowIssue.TOO_MANY, "2000"));
    }

    @Test
    @DisplayName("Import: a second row naming the same pupil is marked as repeating an earlier one")
    void repeats() {
        Roster roster =
                RosterFile.read(
                        Rosters.csv(
                                "Фамилия;Имя;Дата рождения",
                                "Иванов;Пётр;01.09.2015",
                                "Иванов;Пётр;2015-09-01",
                                "Иванов;Павел;01.09.2015"));

        assertThat(roster.rows())
                .extracting(RosterRow::repeatsEarlierRow)
                .containsExactly(false, true, false);
    }

    @Test
    @DisplayName(
            "Import, issue-2 bad input: an empty file, or a header without rows, is refused as empty")
    void empty() {
        assertRefused(new byte[0], "import.file.empty");
        assertRefused(Rosters.csv("   ", ""), "import.file.empty");
        assertRefused(Rosters.csv("Фамилия;Имя;Дата рождения", ";;"), "import.file.empty");
    }

    @Test
    @DisplayName("Import, issue-2 bad input: a file over 2 MB is refused before it is parsed")
    void tooLarge() {
        byte[] junk = new byte[10 * 1024 * 1024];
        new Random(1).nextBytes(junk);

        assertRefused(junk, "import.file.tooLarge");
        assertRefused(new byte[RosterFile.MAX_BYTES + 1], "import.file.tooLarge");
    }

    @Test
    @DisplayName("Import, issue-2 bad input: random bytes are refused as an unrecognised format")
    void randomJunk() {
        byte[] junk = new byte[100_000];
        new Random(2).nextBytes(junk);
        junk[0] = 'A'; // not taken for a zip

        assertRefused(junk, "import.file.format");
    }

    @Test
    @DisplayName(
            "Import, issue-2 bad input: a Windows-1251 CSV is refused, not imported as mojibake")
    void windows1251() {
        byte[] cp1251 =
                "Фамилия;Имя;Дата рождения\r\nИванов;Пётр;01.09.2015"
                        .getBytes(Charset.forName("windows-1251"));

        assertRefused(cp1251, "import.file.format");
    }

    @Test
    @DisplayName("Import, issue-2 bad input: junk starting with the zip signature PK is refused")
    void fakeZip() {
        byte[] junk = new byte[5000];
        new Random(3).nextBytes(junk);
        junk[0] = 'P';
        junk[1] = 'K';

        assertRefused(junk, "import.file.format");
    }

    @Test
    @DisplayName("Import, issue-2 bad input: an unterminated quote makes the CSV unreadable")
    void brokenCsv() {
        assertRefused(
                Rosters.csv("Фамилия;Имя;Дата рождения", "\"Иванов;Пётр;01.09.2015"),
                "import.file.format");
    }

    @Test
    @DisplayName(
            "Import, issue-2 bad input: a missing required column is refused, naming it and the expected ones")
    void missingColumn() {
        assertThatThrownBy(
                        () -> RosterFile.read(Rosters.csv("Фамилия;Имя;Отчество", "Иванов;Пётр;")))
                .isInstanceOfSatisfying(
                        JournalException.class,
                        e -> {
                            assertThat(e.kind()).isEqualTo(JournalException.Kind.INVALID);
                            assertThat(e.key()).isEqualTo("import.file.header");
                            assertThat(e.args()[0]).isEqualTo("Дата рождения (birth_date)");
                            assertThat((String) e.args()[1])
                                    .contains(
                                            "Фамилия (last_name)",
                                            "Телефон родителя (parent_phone)");
                        });
    }

    @Test
    @DisplayName(
            "Import: an XLSX roster is read from its first sheet: a good row and a formula-cell row")
    void xlsx() {
        byte[] file =
                Rosters.xlsx(
                        List.of(
                                List.of(
                                        "Фамилия",
                                        "Имя",
                                        "Дата рождения",
                                        "Фамилия родителя",
                                        "Имя родителя",
                                        "Телефон родителя"),
                                Arrays.asList(
                                        "Иванов",
                                        "Пётр",
                                        LocalDate.of(2015, 9, 1),
                                        "Иванова",
                                        "Мария",
                                        79123456789L),
                                Arrays.asList(
                                        "Петров",
                                        "=HYPERLINK(\"http://x\",\"Олег\")",
                                        "03.04.2014")));

        Roster roster = RosterFile.read(file);

        assertThat(roster.rows()).extracting(RosterRow::number).containsExactly(2, 3);
        RosterRow good = roster.rows().get(0);
        assertThat(good.value(Column.BIRTH_DATE)).isEqualTo("2015-09-01");
        assertThat(good.value(Column.PARENT_PHONE)).isEqualTo("79123456789");
        assertThat(RowRules.check(good, LocalDate.of(2025, 9, 1))).isInstanceOf(Applicant.class);
        RosterRow formula = roster.rows().get(1);
        assertThat(formula.formulas()).containsExactly(Column.FIRST_NAME);
        assertThat(RowRules.check(formula, LocalDate.of(2025, 9, 1)))
                .isEqualTo(new RowIssue(3, RowIssue.FORMULA, Column.FIRST_NAME.key()));
    }

    @Test
    @DisplayName("Import: XLSX row numbers skip nothing: an empty sheet row still counts")
    void xlsxRowNumbers() {
        byte[] file =
                Rosters.xlsx(
                        List.of(
                                List.of("last_name", "first_name", "birth_date"),
                                List.of(),
                                List.of("Smith", "John", "2015-09-01")));

        assertThat(RosterFile.read(file).rows()).extracting(RosterRow::number).containsExactly(3);
    }

    @Test
    @DisplayName(
            "Import, issue-2 bad input: an XLSX without the required columns is refused like a CSV")
    void xlsxMissingColumn() {
        byte[] file =
                Rosters.xlsx(List.of(List.of("last_name", "first_name"), List.of("Smith", "John")));

        assertRefused(file, "import.file.header");
    }

    @Test
    @DisplayName(
            "Import, issue-2 bad input: a zip that unpacks to more than 10 MB is refused unopened")
    void zipBomb() throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.putNextEntry(new ZipEntry("xl/worksheets/sheet1.xml"));
            byte[] zeros = new byte[1024 * 1024];
            for (int i = 0; i < 11; i++) {
                zip.write(zeros);
            }
            zip.closeEntry();
        }

        assertRefused(bytes.toByteArray(), "import.file.tooLargeUnpacked");
    }

    @Test
    @DisplayName("Import: the separator is the one the header line uses more")
    void separator() {
        assertThat(CsvSheet.separator("a;b;c\nx,y,z,w")).isEqualTo(';');
        assertThat(CsvSheet.separator("a,b;c,d")).isEqualTo(',');
        assertThat(CsvSheet.separator("a")).isEqualTo(',');
    }

    private static void assertRefused(byte[] content, String key) {
        assertThatThrownBy(() -> RosterFile.read(content))
                .isInstanceOfSatisfying(
                        JournalException.class,
                        e -> {
                            assertThat(e.kind()).isEqualTo(JournalException.Kind.INVALID);
                            assertThat(e.key()).isEqualTo(key);
                        });
    }
}
