package org.schooljournal.batch.lessonplan;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The columns of a lesson plan sheet, recognised by their Russian or English header. */
public enum PlanColumn {
    NUMBER("№", List.of("№", "#", "no", "no.", "n", "number", "номер", "№ п/п", "№ урока")),
    TOPIC("Тема", List.of("тема", "topic", "тема урока", "lesson topic", "title")),
    HOURS("Часы", List.of("часы", "hours", "кол-во часов", "количество часов", "часов", "hrs"));

    private final String caption;
    private final List<String> names;

    PlanColumn(String caption, List<String> names) {
        this.caption = caption;
        this.names = names;
    }

    /** The header an exported sheet shows. */
    public String caption() {
        return caption;
    }

    /** How a refusal names the column: both languages, e.g. "Тема (Topic)". */
    public String label() {
        return switch (this) {
            case NUMBER -> "№";
            case TOPIC -> "Тема (Topic)";
            case HOURS -> "Часы (Hours)";
        };
    }

    /** The column a header cell names: trimmed, any case, spaces collapsed. */
    public static Optional<PlanColumn> ofHeader(String header) {
        String name = normalized(header);
        for (PlanColumn column : values()) {
            if (column.names.contains(name)) {
                return Optional.of(column);
            }
        }
        return Optional.empty();
    }

    /** Runs of white space (line breaks, no-break spaces) as one space, trimmed. */
    static String normalizedSpaces(String text) {
        return text == null ? "" : text.replaceAll("[\\s\\u00A0]+", " ").strip();
    }

    static String normalized(String text) {
        return text == null
                ? ""
                : text.replaceAll("[\\s\\u00A0]+", " ").strip().toLowerCase(Locale.ROOT);
    }
}
