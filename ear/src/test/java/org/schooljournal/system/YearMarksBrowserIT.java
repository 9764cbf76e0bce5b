package org.schooljournal.system;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.WebElement;
import org.schooljournal.testing.ApiClient;
import org.schooljournal.testing.Bodies.FinalMark;
import org.schooljournal.testing.Demo;

/**
 * Year marks in a real browser (R-J07, R-J12): the row shows the pupil's period marks and the
 * suggestion from them; a year mark other than the suggestion is refused until its reason is typed,
 * then saved; the deputy head sees the column read-only. School s2 only: s2.teacher1's first
 * journal and its first pupil, whose period marks the test sets for every period of the year and
 * leaves set.
 */
class YearMarksBrowserIT extends BrowserTest {
    private static final String TEACHER = Demo.OTHER_SCHOOL_TEACHER;
    private static final String REASON = "Итоговая контрольная работа за год написана на «%s»";

    @Test
    @DisplayName(
            "R-J07 R-J12 year marks screen: the row shows the period marks and the suggestion; a year mark other than the suggestion is refused until its reason is typed, then saved; read-only for the deputy")
    void yearMarkAgainstTheSuggestion() throws Exception {
        ApiClient teacher = ApiClient.as(BASE, TEACHER, Demo.PASSWORD);
        long journal =
                teacher.get("/journals")
                        .array()
                        .getJsonObject(0)
                        .getJsonNumber("assignmentId")
                        .longValue();
        String yearMarks = "/journals/" + journal + "/year-marks";
        JsonObject yearSheet = teacher.get(yearMarks).object();
        List<String> periods =
                yearSheet
                        .getJsonArray("periods")
                        .getValuesAs(jakarta.json.JsonString.class)
                        .stream()
                        .map(jakarta.json.JsonString::getString)
                        .toList();
        assertThat(periods).isNotEmpty();
        long pupil =
                yearSheet
                        .getJsonArray("rows")
                        .getJsonObject(0)
                        .getJsonNumber("pupilId")
                        .longValue();

        // each period of the year gets the pupil's mark: the suggested one, else 4 with a reason
        List<JsonObject> periodList =
                teacher.get("/journals/" + journal + "/periods")
                        .array()
                        .getValuesAs(JsonObject.class);
        List<String> periodMarks = new ArrayList<>();
        int sum = 0;
        for (String title : periods) {
            long periodId =
                    periodList.stream()
                            .filter(p -> p.getString("period").equals(title))
                            .map(p -> p.getJsonNumber("periodId").longValue())
                            .findFirst()
                            .orElseThrow(() -> new AssertionError("no period " + title));
            String sheet = "/journals/" + journal + "/periods/" + periodId;
            JsonObject row = rowOf(teacher.get(sheet).object(), pupil);
            String value;
            if (row.containsKey("value") && !row.isNull("value")) {
                value = row.getString("value"); // a period the demo closed
            } else {
                FinalMark body =
                        row.containsKey("suggested")
                                ? new FinalMark(row.getString("suggested"), null)
                                : new FinalMark("4", "устный опрос по темам периода");
                var set = teacher.put(sheet + "/marks/" + pupil, body);
                assertThat(set.status()).as(set.toString()).isEqualTo(200);
                value = rowOf(set.object(), pupil).getString("value");
            }
            periodMarks.add(value);
            sum += Integer.parseInt(value);
        }
        // the suggestion: the mean of the period marks, an exact .5 rounding up
        int n = periodMarks.size();
        String expected = String.valueOf(Math.max(2, (2 * sum + n) / (2 * n)));
        assertThat(rowOf(teacher.get(yearMarks).object(), pupil).getString("suggested"))
                .isEqualTo(expected);
        // the year mark starts at the suggestion, whatever an earlier run left
        var reset = teacher.put(yearMarks + "/" + pupil, new FinalMark(expected, null));
        assertThat(reset.status()).as(reset.toString()).isEqualTo(200);
        String other = expected.equals("5") ? "4" : "5";
        String reason = String.format(REASON, other);

        signIn(TEACHER, Demo.PASSWORD);
        FinalMarksPage marks = new FinalMarksPage(this).openYear(journal);
        assertThat(marks.periodColumns()).isEqualTo(n);
        assertThat(FinalMarksPage.periodMarks(marks.rowOf(pupil)))
                .containsExactlyElementsOf(periodMarks);
        assertThat(FinalMarksPage.suggested(marks.rowOf(pupil))).isEqualTo(expected);
        WebElement mark = FinalMarksPage.mark(marks.rowOf(pupil));
        assertThat(mark.getAttribute("value")).isEqualTo(expected);
        assertThat(mark.getAttribute("readonly")).isNull();
        screenshot("year-marks-01-period-marks-and-suggestion");

        // another mark than the suggestion, typed without a reason: refused in the row
        marks.typeDown(marks.rowOf(pupil), other);
        waitUntil(b -> !FinalMarksPage.problem(marks.rowOf(pupil)).isEmpty());
        screenshot("year-marks-02-override-without-reason");
        assertThat(FinalMarksPage.problem(marks.rowOf(pupil))).contains("причин", expected);
        assertThat(rowOf(teacher.get(yearMarks).object(), pupil).getString("value"))
                .isEqualTo(expected);

        // the reason typed: saved with it
        FinalMarksPage.giveReason(marks.rowOf(pupil), reason);
        waitUntil(b -> FinalMarksPage.problem(marks.rowOf(pupil)).isEmpty());
        waitUntil(
                b ->
                        other.equals(
                                rowOf(teacher.get(yearMarks).object(), pupil).getString("value")));
        screenshot("year-marks-03-saved-with-reason");
        JsonObject saved = rowOf(teacher.get(yearMarks).object(), pupil);
        assertThat(saved.getString("suggested")).isEqualTo(expected);
        assertThat(saved.getString("reason")).isEqualTo(reason);
        assertThat(FinalMarksPage.mark(marks.rowOf(pupil)).getAttribute("class"))
                .contains("sj-override");

        // the deputy head reads the year marks, but types none
        signOut();
        signIn("s2.deputy", Demo.PASSWORD);
        marks.openYear(journal);
        WebElement read = marks.rowOf(pupil);
        assertThat(FinalMarksPage.mark(read).getAttribute("value")).isEqualTo(other);
        assertThat(FinalMarksPage.mark(read).getAttribute("readonly")).isNotNull();
        assertThat(FinalMarksPage.reason(read).getAttribute("value")).isEqualTo(reason);
        screenshot("year-marks-04-read-only-for-the-deputy");
        assertNoCspViolations();
    }

    private static JsonObject rowOf(JsonObject sheet, long pupil) {
        return sheet.getJsonArray("rows").getValuesAs(JsonObject.class).stream()
                .filter(r -> r.getJsonNumber("pupilId").longValue() == pupil)
                .findFirst()
                .orElseThrow(() -> new AssertionError("no pupil " + pupil + " in " + sheet));
    }
}
