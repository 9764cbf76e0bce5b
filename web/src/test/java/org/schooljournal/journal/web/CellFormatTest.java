package org.schooljournal.journal.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.schooljournal.journal.control.CellText;
import org.schooljournal.journal.entity.WorkType;
import org.schooljournal.platform.entity.JournalException;

/**
 * The server's side of the one cell format: CellText reads every case of cell-format-cases.json as
 * the table says. The browser's side (grid/cell-format.js) is checked against the same table by
 * JournalBrowserIT, so the grid and the server cannot drift apart.
 */
class CellFormatTest {
    static final String CASES = "/org/schooljournal/journal/web/cell-format-cases.json";

    static JsonObject spec() throws IOException {
        try (InputStream in = CellFormatTest.class.getResourceAsStream(CASES);
                JsonReader reader = Json.createReader(in)) {
            return reader.readObject();
        }
    }

    @Test
    @DisplayName("R-J01 the table's work types and letters are the server's")
    void workTypesAreTheServers() throws IOException {
        List<String> table =
                spec().getJsonArray("workTypes").getValuesAs(JsonObject.class).stream()
                        .map(w -> w.getString("name") + "=" + w.getString("code"))
                        .toList();
        assertThat(table)
                .containsExactlyElementsOf(
                        Arrays.stream(WorkType.values()).map(w -> w + "=" + w.code()).toList());
    }

    @Test
    @DisplayName(
            "R-J01 R-J04 R-J10 the server reads every cell of the shared table as it says: attendance, marks by work type, refusals")
    void serverReadsTheTable() throws IOException {
        List<JsonObject> cases = spec().getJsonArray("cases").getValuesAs(JsonObject.class);
        assertThat(cases).hasSizeGreaterThan(10);
        for (JsonObject c : cases) {
            String text = c.getString("text");
            if (c.containsKey("error")) {
                JournalException refused =
                        catchThrowableOfType(() -> CellText.parse(text), JournalException.class);
                assertThat(refused).as("«%s» refused", text).isNotNull();
                assertThat(refused.key()).as("«%s»", text).isEqualTo(c.getString("error"));
                continue;
            }
            CellText.Parts parts = CellText.parse(text);
            assertThat(parts.attendance() == null ? null : parts.attendance().name())
                    .as("attendance of «%s»", text)
                    .isEqualTo(c.isNull("attendance") ? null : c.getString("attendance"));
            Map<String, String> marks = new LinkedHashMap<>();
            parts.marks().forEach((type, value) -> marks.put(type.name(), value));
            Map<String, String> expected = new LinkedHashMap<>();
            c.getJsonObject("marks")
                    .forEach(
                            (type, value) ->
                                    expected.put(type, c.getJsonObject("marks").getString(type)));
            assertThat(marks).as("marks of «%s»", text).isEqualTo(expected);
        }
    }
}
