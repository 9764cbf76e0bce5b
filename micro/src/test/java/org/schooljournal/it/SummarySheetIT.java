package org.schooljournal.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.net.URL;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.schooljournal.testing.ApiClient;
import org.schooljournal.testing.Bodies.FinalMark;
import org.schooljournal.testing.Demo;
import org.schooljournal.testing.Fixtures;
import org.schooljournal.testing.SharedServer;

/**
 * Year marks and the summary sheet (R-J12, R-C10) on Payara Micro with PostgreSQL. The sheet's test
 * works in a maths journal of a school of its own (Fixtures): it sets the period marks of the
 * journal's first pupil for every period of the year and its year mark, which cannot meet another
 * test's data whatever runs before or after. Last year's year marks too: that test's school enters
 * the year before this one and its journal's teacher closes it (period marks, locks, year marks).
 */
class SummarySheetIT {
    final URL base = SharedServer.url();

    private ApiClient as(String login) {
        return ApiClient.as(base.toString(), login, Demo.PASSWORD);
    }

    @Test
    @DisplayName(
            "R-J12 R-C10 a period mark set in the journal appears at once in the class's summary sheet; a year mark other than the suggestion needs a reason, is kept with it and shown; only the deputy, head and the class teacher open the sheet")
    void periodAndYearMarksInTheSummarySheet() {
        Fixtures.School school = Fixtures.school(base.toString(), "SummarySheetIT");
        Fixtures.Journal own = school.journal(5, "А", 3);
        ApiClient teacher = own.teacher().client();
        ApiClient deputy = school.staff("Завучева", "deputy_head");
        Fixtures.Member classTeacher = school.member("Классова", "teacher");
        ApiClient otherTeacher = school.staff("Другова", "teacher");
        var homeroom =
                school.head()
                        .put(
                                "/classes/" + own.classId() + "/class-teacher",
                                "{\"staffId\":" + classTeacher.id() + "}");
        assertThat(homeroom.status()).as(homeroom.toString()).isEqualTo(200);
        JsonObject journal = teacher.get("/journals").array().getJsonObject(0);
        long journalId = journal.getJsonNumber("assignmentId").longValue();
        assertThat(journalId).isEqualTo(own.assignmentId());
        String subject = journal.getString("subject");

        // the journal's class and its class teacher, as the API shows them
        long classId = own.classId();
        JsonObject schoolClass =
                deputy.get("/classes").array().getValuesAs(JsonObject.class).stream()
                        .filter(c -> c.getJsonNumber("id").longValue() == classId)
                        .findFirst()
                        .orElseThrow(() -> new AssertionError("no class " + classId));
        assertThat(schoolClass.containsKey("classTeacherId")).as(schoolClass.toString()).isTrue();
        assertThat(schoolClass.getJsonNumber("classTeacherId").longValue())
                .isEqualTo(classTeacher.id());

        String summary = "/classes/" + classId + "/summary-sheet";
        String yearMarks = "/journals/" + journalId + "/year-marks";
        JsonObject yearSheet = teacher.get(yearMarks).object();
        List<String> periods = strings(yearSheet, "periods");
        assertThat(periods).isNotEmpty();
        JsonObject pupilRow = yearSheet.getJsonArray("rows").getJsonObject(0);
        long pupil = pupilRow.getJsonNumber("pupilId").longValue();

        JsonObject before = deputy.get(summary).object();
        assertThat(before.getString("classTitle")).isEqualTo(schoolClass.getString("title"));
        assertThat(strings(before, "periods")).isEqualTo(periods);

        // R-J12: a period mark set through the journal appears in the sheet at once
        List<JsonObject> periodList =
                teacher.get("/journals/" + journalId + "/periods")
                        .array()
                        .getValuesAs(JsonObject.class);
        List<Integer> numeric = new ArrayList<>();
        String firstValue = null;
        for (int i = 0; i < periods.size(); i++) {
            String title = periods.get(i);
            long periodId =
                    periodList.stream()
                            .filter(p -> p.getString("period").equals(title))
                            .map(p -> p.getJsonNumber("periodId").longValue())
                            .findFirst()
                            .orElseThrow();
            String sheet = "/journals/" + journalId + "/periods/" + periodId;
            JsonObject row =
                    teacher
                            .get(sheet)
                            .object()
                            .getJsonArray("rows")
                            .getValuesAs(JsonObject.class)
                            .stream()
                            .filter(r -> r.getJsonNumber("pupilId").longValue() == pupil)
                            .findFirst()
                            .orElseThrow();
            assertThat(value(row, "value")).as("a new journal has no period marks").isNull();
            String value = row.containsKey("suggested") ? row.getString("suggested") : "4";
            var set = teacher.put(sheet + "/marks/" + pupil, new FinalMark(value, null));
            assertThat(set.status()).as(set.toString()).isEqualTo(200);
            numeric.add(Integer.parseInt(value));
            if (i == 0) {
                firstValue = value;
                JsonObject after = deputy.get(summary).object();
                assertThat(marksOf(after, pupil, subject).getJsonArray("periods").getString(0))
                        .isEqualTo(value);
                if (periods.size() > 1) {
                    // the year mark waits for every period's mark, naming the missing one
                    var early = teacher.put(yearMarks + "/" + pupil, new FinalMark("4", null));
                    assertThat(early.status()).as(early.toString()).isEqualTo(409);
                    assertThat(early.object().getString("detail")).contains(periods.get(1));
                }
            }
        }

        // the suggestion is the mean of the period marks, an exact .5 rounding up
        int sum = numeric.stream().mapToInt(Integer::intValue).sum();
        int n = numeric.size();
        String expected = String.valueOf(Math.max(2, (2 * sum + n) / (2 * n)));
        JsonObject row = rowOf(teacher.get(yearMarks).object(), pupil);
        assertThat(row.getString("suggested")).isEqualTo(expected);
        String other = expected.equals("5") ? "4" : "5";
        var noReason = teacher.put(yearMarks + "/" + pupil, new FinalMark(other, null));
        assertThat(noReason.status()).as(noReason.toString()).isEqualTo(400);
        assertThat(noReason.object().getString("detail")).contains("причину", expected);
        var withReason =
                teacher.put(
                        yearMarks + "/" + pupil, new FinalMark(other, "итоговая работа за год"));
        assertThat(withReason.status()).as(withReason.toString()).isEqualTo(200);
        JsonObject saved = rowOf(withReason.object(), pupil);
        assertThat(saved.getString("value")).isEqualTo(other);
        assertThat(saved.getString("reason")).isEqualTo("итоговая работа за год");
        assertThat(otherTeacher.put(yearMarks + "/" + pupil, new FinalMark("5", null)).status())
                .isEqualTo(403);

        // the sheet shows the period marks and the year mark; the class teacher opens it too
        for (ApiClient reader : List.of(deputy, classTeacher.client())) {
            var reply = reader.get(summary);
            assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
            JsonObject marks = marksOf(reply.object(), pupil, subject);
            assertThat(marks.getJsonArray("periods").getString(0)).isEqualTo(firstValue);
            assertThat(marks.getString("year")).isEqualTo(other);
        }
        JsonObject line = lineOf(deputy.get(summary).object(), pupil);
        assertThat(line.getJsonNumber("missed").longValue())
                .isGreaterThanOrEqualTo(line.getJsonNumber("missedIllness").longValue());

        // a teacher who is not the class's class teacher: 403; a parent (the demo's, refused for
        // the role before any school is looked at): 403; another school: 404
        assertThat(otherTeacher.get(summary).status()).isEqualTo(403);
        assertThat(as("s2.parent1").get(summary).status()).isEqualTo(403);
        assertThat(as("s1.deputy").get(summary).status()).isEqualTo(404);
        // back to the suggestion: no reason needed; the change is audited under «год»
        var edited = teacher.put(yearMarks + "/" + pupil, new FinalMark(expected, null));
        assertThat(edited.status()).as(edited.toString()).isEqualTo(200);
        assertThat(deputy.get("/journals/" + journalId + "/audit").body())
                .contains("\"subject\":\"PERIOD_MARK\"", "год");
    }

    @Test
    @DisplayName(
            "R-J12 R-C10 a journal the class keeps from last year has last year's year marks (set as the rule suggests when the year was closed) apart from this year's: the year-marks screen and the summary sheet show the current year unless a year is chosen, a mark set for last year leaves this year's alone and is audited with its year; another school's year is not found")
    void yearMarksOfLastYearAreKeptApart() {
        Fixtures.School school = Fixtures.school(base.toString(), "SummarySheetIT");
        long lastYear = school.lastYear();
        JsonObject lastYearData = school.head().get("/calendar/years/" + lastYear).object();
        String lastYearName = lastYearData.getString("name");
        // a class the journal keeps from last year: its pupils there since last year's start
        Fixtures.Journal own =
                school.journal(
                        5, "А", 3, java.time.LocalDate.parse(lastYearData.getString("startsOn")));
        school.closeYear(own, lastYear, "4");
        ApiClient teacher = own.teacher().client();
        ApiClient deputy = school.staff("Завучева", "deputy_head");
        JsonObject journal = teacher.get("/journals").array().getJsonObject(0);
        long journalId = journal.getJsonNumber("assignmentId").longValue();
        assertThat(journalId).isEqualTo(own.assignmentId());
        String subject = journal.getString("subject");
        String yearMarks = "/journals/" + journalId + "/year-marks";
        JsonObject past = teacher.get(yearMarks + "?year=" + lastYear).object();
        JsonObject current = teacher.get(yearMarks).object();
        long currentYear = current.getJsonNumber("yearId").longValue();
        assertThat(lastYear).isNotEqualTo(currentYear);

        // last year: every pupil of the journal has the year mark the rule suggested
        assertThat(past.getString("year")).isEqualTo(lastYearName);
        assertThat(past.getJsonNumber("yearId").longValue()).isEqualTo(lastYear);
        List<JsonObject> pastRows = past.getJsonArray("rows").getValuesAs(JsonObject.class);
        assertThat(pastRows)
                .isNotEmpty()
                .allSatisfy(
                        r -> {
                            assertThat(value(r, "value")).as(r.toString()).isNotNull();
                            assertThat(value(r, "value")).isEqualTo(value(r, "suggested"));
                        });
        // this year: none set; last year's do not show
        List<JsonObject> currentRows = current.getJsonArray("rows").getValuesAs(JsonObject.class);
        assertThat(currentRows)
                .hasSize(pastRows.size())
                .allSatisfy(r -> assertThat(value(r, "value")).as(r.toString()).isNull());

        // the summary sheet of the class: this year's by default, last year's when chosen
        long classId = own.classId();
        String summary = "/classes/" + classId + "/summary-sheet";
        JsonObject row = pastRows.get(pastRows.size() - 1);
        long pupil = row.getJsonNumber("pupilId").longValue();
        String lastYearsMark = row.getString("value");
        JsonObject sheetNow = deputy.get(summary).object();
        assertThat(sheetNow.getJsonNumber("yearId").longValue()).isEqualTo(currentYear);
        assertThat(marksOf(sheetNow, pupil, subject).getString("year")).isEmpty();
        JsonObject sheetThen = deputy.get(summary + "?year=" + lastYear).object();
        assertThat(sheetThen.getString("year")).isEqualTo(lastYearName);
        assertThat(strings(sheetThen, "periods")).isEqualTo(strings(past, "periods"));
        assertThat(marksOf(sheetThen, pupil, subject).getString("year")).isEqualTo(lastYearsMark);
        assertThat(marksOf(sheetThen, pupil, subject).getJsonArray("periods"))
                .isNotEmpty()
                .allSatisfy(v -> assertThat(v.toString()).isNotEqualTo("\"\""));

        // a mark set for last year (with a reason: not the suggestion) leaves this year's alone
        String other = lastYearsMark.equals("5") ? "4" : "5";
        var changed =
                teacher.put(
                        yearMarks + "/" + pupil + "?year=" + lastYear,
                        new FinalMark(other, "пересмотр"));
        assertThat(changed.status()).as(changed.toString()).isEqualTo(200);
        assertThat(value(rowOf(changed.object(), pupil), "value")).isEqualTo(other);
        assertThat(value(rowOf(teacher.get(yearMarks).object(), pupil), "value")).isNull();
        assertThat(deputy.get("/journals/" + journalId + "/audit").body())
                .contains("год " + lastYearName);
        var back =
                teacher.put(
                        yearMarks + "/" + pupil + "?year=" + lastYear,
                        new FinalMark(lastYearsMark, null));
        assertThat(back.status()).as(back.toString()).isEqualTo(200);

        // another school's year (the demo's, only read): not found
        long otherSchoolsYear =
                as("s1.deputy")
                        .get("/calendar/years")
                        .array()
                        .getJsonObject(0)
                        .getJsonNumber("id")
                        .longValue();
        assertThat(teacher.get(yearMarks + "?year=" + otherSchoolsYear).status()).isEqualTo(404);
        assertThat(deputy.get(summary + "?year=" + otherSchoolsYear).status()).isEqualTo(404);
    }

    @Test
    @DisplayName(
            "R-C10 R-O01 the school's summary sheets of a year as one XLSX (GET /summary-sheets.xlsx): a sheet per class named by its title, read back with POI, each cell as the class's sheet on screen shows it, whole marks as numbers; headed in the reader's language; the deputy head and head only (a teacher and the class teacher refused); another school's year is not found")
    void summarySheetsOfTheSchoolAsOneWorkbook() throws Exception {
        Fixtures.School school = Fixtures.school(base.toString(), "SummarySheetIT");
        Fixtures.Journal fifth = school.journal(5, "А", 3);
        Fixtures.Journal sixth = school.journal(6, "Б", 2);
        school.closePeriod(fifth, 0, "5");
        school.closePeriod(sixth, 0, "4");
        ApiClient deputy = school.staff("Завучева", "deputy_head");
        Fixtures.Member classTeacher = school.member("Классова", "teacher");
        var homeroom =
                school.head()
                        .put(
                                "/classes/" + fifth.classId() + "/class-teacher",
                                "{\"staffId\":" + classTeacher.id() + "}");
        assertThat(homeroom.status()).as(homeroom.toString()).isEqualTo(200);

        var download = deputy.download("/summary-sheets.xlsx");
        assertThat(download.statusCode()).as(new String(download.body())).isEqualTo(200);
        assertThat(download.headers().firstValue("Content-Type").orElse(""))
                .startsWith("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        assertThat(download.headers().firstValue("Content-Disposition").orElse(""))
                .contains("attachment", ".xlsx");
        try (var book =
                new org.apache.poi.xssf.usermodel.XSSFWorkbook(
                        new java.io.ByteArrayInputStream(download.body()))) {
            assertThat(book.getNumberOfSheets()).isEqualTo(2);
            for (Fixtures.Journal journal : List.of(fifth, sixth)) {
                JsonObject json =
                        deputy.get("/classes/" + journal.classId() + "/summary-sheet").object();
                var sheet = book.getSheet(json.getString("classTitle"));
                assertThat(sheet).as(json.getString("classTitle")).isNotNull();
                assertThat(sheet.getRow(0).getCell(0).getStringCellValue())
                        .contains(json.getString("classTitle"), json.getString("year"));
                List<JsonObject> pupils = json.getJsonArray("pupils").getValuesAs(JsonObject.class);
                assertThat(pupils).hasSize(journal.pupils().size());
                assertThat(sheet.getLastRowNum()).isEqualTo(2 + pupils.size());
                for (int i = 0; i < pupils.size(); i++) {
                    JsonObject line = pupils.get(i);
                    var row = sheet.getRow(3 + i);
                    List<String> expected = new ArrayList<>();
                    expected.add(String.valueOf(line.getInt("number")));
                    expected.add(line.getString("name"));
                    for (JsonObject marks :
                            line.getJsonArray("subjects").getValuesAs(JsonObject.class)) {
                        expected.addAll(strings(marks, "periods"));
                        expected.add(marks.getString("year"));
                    }
                    expected.add(String.valueOf(line.getJsonNumber("missed").longValue()));
                    expected.add(String.valueOf(line.getJsonNumber("missedIllness").longValue()));
                    List<String> actual = new ArrayList<>();
                    for (int c = 0; c < expected.size(); c++) {
                        var cell = row.getCell(c);
                        actual.add(
                                cell == null
                                        ? ""
                                        : cell.getCellType()
                                                        == org.apache.poi.ss.usermodel.CellType
                                                                .NUMERIC
                                                ? String.valueOf((long) cell.getNumericCellValue())
                                                : cell.getStringCellValue());
                    }
                    assertThat(actual).as(line.toString()).isEqualTo(expected);
                }
                // the closed period's mark: a number a spreadsheet can average
                var firstMark = sheet.getRow(3).getCell(2);
                assertThat(firstMark.getCellType())
                        .isEqualTo(org.apache.poi.ss.usermodel.CellType.NUMERIC);
                assertThat(firstMark.getNumericCellValue()).isEqualTo(journal == fifth ? 5 : 4);
            }
        }
        assertThat(school.head().download("/summary-sheets.xlsx").statusCode()).isEqualTo(200);
        // headed in the reader's language: Russian by default, English when asked
        for (var lang :
                java.util.Map.of("", "Фамилия, имя", "?lang=en", "Surname, name").entrySet()) {
            var headed = deputy.download("/summary-sheets.xlsx" + lang.getKey());
            try (var book =
                    new org.apache.poi.xssf.usermodel.XSSFWorkbook(
                            new java.io.ByteArrayInputStream(headed.body()))) {
                assertThat(book.getSheetAt(0).getRow(1).getCell(1).getStringCellValue())
                        .isEqualTo(lang.getValue());
            }
        }

        // a teacher, the class teacher (who opens its own class's sheet): refused
        assertThat(fifth.teacher().client().download("/summary-sheets.xlsx").statusCode())
                .isEqualTo(403);
        assertThat(classTeacher.client().download("/summary-sheets.xlsx").statusCode())
                .isEqualTo(403);
        // another school's deputy naming this school's year: not found
        long yearId =
                deputy.get("/classes/" + fifth.classId() + "/summary-sheet")
                        .object()
                        .getJsonNumber("yearId")
                        .longValue();
        assertThat(as("s1.deputy").download("/summary-sheets.xlsx?year=" + yearId).statusCode())
                .isEqualTo(404);
    }

    /** A string field of a JSON object, null when absent or null. */
    private static String value(JsonObject o, String key) {
        return o.containsKey(key) && !o.isNull(key) ? o.getString(key) : null;
    }

    private static List<String> strings(JsonObject o, String key) {
        return o.getJsonArray(key).getValuesAs(jakarta.json.JsonString.class).stream()
                .map(jakarta.json.JsonString::getString)
                .toList();
    }

    private static JsonObject rowOf(JsonObject yearSheet, long pupil) {
        return yearSheet.getJsonArray("rows").getValuesAs(JsonObject.class).stream()
                .filter(r -> r.getJsonNumber("pupilId").longValue() == pupil)
                .findFirst()
                .orElseThrow();
    }

    private static JsonObject lineOf(JsonObject sheet, long pupil) {
        return sheet.getJsonArray("pupils").getValuesAs(JsonObject.class).stream()
                .filter(p -> p.getJsonNumber("pupilId").longValue() == pupil)
                .findFirst()
                .orElseThrow(() -> new AssertionError("pupil " + pupil + " not in the sheet"));
    }

    /** The pupil's marks in the subject's column of the summary sheet. */
    private static JsonObject marksOf(JsonObject sheet, long pupil, String subject) {
        List<JsonObject> subjects = sheet.getJsonArray("subjects").getValuesAs(JsonObject.class);
        int column = -1;
        for (int i = 0; i < subjects.size(); i++) {
            if (subjects.get(i).getString("name").equals(subject)) {
                column = i;
            }
        }
        assertThat(column).as("subject " + subject + " in " + subjects).isNotNegative();
        return lineOf(sheet, pupil).getJsonArray("subjects").getJsonObject(column);
    }
}
