package org.schooljournal.batch.pupilimport;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Import: issues are rendered in the reader's language")
class IssueTextTest {

    @Test
    @DisplayName("Import: a column argument is itself translated, Russian by default")
    void columnNames() {
        List<String> args = List.of(Column.PARENT_FIRST_NAME.key());

        assertThat(IssueText.render(Locale.ENGLISH, RowIssue.REQUIRED, args))
                .isEqualTo("Field \"Parent's first name\" is empty");
        assertThat(IssueText.render(Locale.forLanguageTag("ru"), RowIssue.REQUIRED, args))
                .isEqualTo("Не заполнено поле «Имя родителя»");
    }

    @Test
    @DisplayName("Import: numbers stored as text are shown without digit grouping")
    void numbers() {
        assertThat(IssueText.render(Locale.ENGLISH, RowIssue.TOO_MANY, List.of("2000")))
                .isEqualTo("Too many rows; the first 2000 were imported");
    }

    @Test
    @DisplayName("Import: every import message key exists, and in Russian and in English")
    void bothLanguages() throws IOException {
        Properties russian = bundle("messages.properties");
        Properties english = bundle("messages_en.properties");

        assertThat(imports(english)).isEqualTo(imports(russian));
        for (Column column : Column.values()) {
            assertThat(russian).containsKey(column.key());
        }
        for (String key :
                List.of(
                        RowIssue.REQUIRED,
                        RowIssue.DATE,
                        RowIssue.DATE_RANGE,
                        RowIssue.FORMULA,
                        RowIssue.CONTROL,
                        RowIssue.TOO_LONG,
                        RowIssue.EMAIL,
                        RowIssue.DUPLICATE,
                        RowIssue.REPEATED,
                        RowIssue.TOO_MANY,
                        "import.file.empty",
                        "import.file.tooLarge",
                        "import.file.tooLargeUnpacked",
                        "import.file.format",
                        "import.file.header",
                        "import.class.notFound",
                        "import.restart.state")) {
            assertThat(russian).containsKey(key);
        }
    }

    private static Set<String> imports(Properties bundle) {
        return bundle.stringPropertyNames().stream()
                .filter(k -> k.startsWith("import."))
                .collect(Collectors.toSet());
    }

    private static Properties bundle(String name) throws IOException {
        Properties properties = new Properties();
        try (InputStream in =
                IssueTextTest.class.getResourceAsStream("/org/schooljournal/platform/" + name)) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }
}
