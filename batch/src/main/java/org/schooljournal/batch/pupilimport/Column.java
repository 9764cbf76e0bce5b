package org.schooljournal.batch.pupilimport;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/** The columns of a roster, recognised by their Russian or English header. */
public enum Column {
    LAST_NAME("Фамилия", "last_name", 100),
    FIRST_NAME("Имя", "first_name", 100),
    MIDDLE_NAME("Отчество", "middle_name", 100),
    BIRTH_DATE("Дата рождения", "birth_date", 100),
    PARENT_LAST_NAME("Фамилия родителя", "parent_last_name", 100),
    PARENT_FIRST_NAME("Имя родителя", "parent_first_name", 100),
    PARENT_MIDDLE_NAME("Отчество родителя", "parent_middle_name", 100),
    PARENT_EMAIL("Email родителя", "parent_email", 100),
    // guardian.phone holds 40 characters: a longer value would fail the whole chunk
    PARENT_PHONE("Телефон родителя", "parent_phone", 40);

    /** Without these columns a file is refused at upload. */
    public static final Set<Column> REQUIRED = EnumSet.of(LAST_NAME, FIRST_NAME, BIRTH_DATE);

    public static final Set<Column> PARENT = EnumSet.range(PARENT_LAST_NAME, PARENT_PHONE);

    private final String russian;
    private final String english;
    private final int maxLength;

    Column(String russian, String english, int maxLength) {
        this.russian = russian;
        this.english = english;
        this.maxLength = maxLength;
    }

    public int maxLength() {
        return maxLength;
    }

    /**
     * The message key of the column's name. Row issues store it as an argument, so the name is
     * rendered in the language of whoever reads the issue (see {@link IssueText}).
     */
    public String key() {
        return IssueText.COLUMN_KEY_PREFIX + english;
    }

    /** Both names: a header refusal is rendered by the caller, its arguments are not translated. */
    public String caption() {
        return russian + " (" + english + ")";
    }

    /** The column a header cell names: trimmed, any case, spaces collapsed. */
    public static Optional<Column> ofHeader(String header) {
        String name = normalized(header);
        for (Column column : values()) {
            if (name.equals(normalized(column.russian)) || name.equals(column.english)) {
                return Optional.of(column);
            }
        }
        return Optional.empty();
    }

    private static String normalized(String header) {
        return header == null
                ? ""
                : header.replaceAll("[\\s\\u00A0]+", " ").strip().toLowerCase(Locale.ROOT);
    }
}
