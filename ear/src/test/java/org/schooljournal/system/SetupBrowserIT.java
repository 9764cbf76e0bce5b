package org.schooljournal.system;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.schooljournal.testing.ApiClient;
import org.schooljournal.testing.Demo;

/** The deputy head's school year setup on the EAR: the year plan, the timetable, lessons. */
class SetupBrowserIT extends BrowserTest {
    @Test
    @DisplayName(
            "R-S11 a deputy builds a week's timetable, a double booking is refused, lessons are generated and appear in the teacher's journal")
    void timetableToJournal() throws Exception {
        signIn("s1.deputy", Demo.PASSWORD);
        TimetablePage timetable = new TimetablePage(this).open();
        // Tuesday's 7th lesson: free in both classes of the demo timetable (it fills #1–#6).
        timetable.chooseClass("5 «Б»");
        timetable.put(2, 7, "Математика");

        timetable.chooseClass("5 «А»");
        timetable.put(2, 7, "Математика");
        screenshot("07-timetable-clash");
        assertThat(timetable.messages()).contains("уже ведёт урок", "вторник", "5 «Б»");
        assertThat(timetable.chosen(2, 7)).isEqualTo("—");

        timetable.chooseClass("5 «Б»");
        assertThat(timetable.chosen(2, 7)).startsWith("Математика");
        timetable.generate("11.01.2027", "24.01.2027");
        screenshot("08-timetable-generated");
        assertThat(timetable.messages()).contains("Создано уроков: 2");
        signOut();

        JsonObject journal =
                ApiClient.as(BASE, Demo.TEACHER, Demo.PASSWORD)
                        .get("/journals")
                        .array()
                        .getValuesAs(JsonObject.class)
                        .stream()
                        .filter(
                                j ->
                                        j.getString("classTitle").equals("5 «Б»")
                                                && j.getString("subject").equals("Математика"))
                        .findFirst()
                        .orElseThrow();
        signIn(Demo.TEACHER, Demo.PASSWORD);
        JournalGridPage grid =
                new JournalGridPage(this)
                        .open(journal.getJsonNumber("assignmentId").longValue(), "2027-01");
        screenshot("09-generated-lessons-in-journal");
        // The demo's own Tuesday maths lesson and the generated 7th one, on both Tuesdays.
        List<String> days = grid.days();
        assertThat(days).filteredOn("12"::equals).hasSize(2);
        assertThat(days).filteredOn("19"::equals).hasSize(2);
        assertNoCspViolations();
    }

    @Test
    @DisplayName(
            "R-S01 the year plan screen shows the periods; an overlap is refused naming both periods, nothing saved")
    void yearPlanOverlapRefused() throws Exception {
        signIn("s1.deputy", Demo.PASSWORD);
        CalendarPage calendar = new CalendarPage(this).open();
        screenshot("10-calendar");
        assertThat(calendar.periodDateValue(0, "endsOn")).isEqualTo("23.10.2026");

        String before = calendar.periodDateValue(1, "startsOn");
        calendar.typePeriodDate(1, "startsOn", "20.10.2026");
        calendar.save();
        screenshot("11-calendar-overlap");

        assertThat(calendar.messages()).contains("пересекаются");
        calendar.open();
        assertThat(calendar.periodDateValue(1, "startsOn")).isEqualTo(before);
    }
}
