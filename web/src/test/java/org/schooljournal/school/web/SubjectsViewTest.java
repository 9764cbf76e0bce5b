package org.schooljournal.school.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.ResourceBundle;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.schooljournal.oversight.boundary.HomeworkLoadReport;
import org.schooljournal.school.boundary.SubjectData;

class SubjectsViewTest {
    private static ResourceBundle texts(String language) {
        return ResourceBundle.getBundle(
                "org.schooljournal.web.texts", Locale.forLanguageTag(language));
    }

    @Test
    @DisplayName(
            "R-C01 the subjects' homework-minutes help names the model's default and the range the"
                    + " code applies, in Russian and English, never a number written into the text")
    void helpTakesTheDefaultFromTheCode() {
        // another default than the model's 20: a text that wrote "20" itself would still say 20
        assertThat(SubjectsView.homeworkMinutesHelp(texts("ru"), 35))
                .contains("1–" + SubjectData.HOMEWORK_MINUTES_MAX, "пусто — 35 мин")
                .doesNotContain("20");
        assertThat(SubjectsView.homeworkMinutesHelp(texts("en"), 35))
                .contains("1-" + SubjectData.HOMEWORK_MINUTES_MAX, "model's 35 min")
                .doesNotContain("20");
        assertThat(
                        SubjectsView.homeworkMinutesHelp(
                                texts("ru"), HomeworkLoadReport.DEFAULT_HOMEWORK_MINUTES))
                .contains("пусто — 20 мин");
    }
}
