package org.schooljournal.batch.pupilimport;

import java.util.List;

/**
 * Why a row is skipped: a message key of the {@code messages} bundle and its arguments, stored as
 * such and rendered in the reader's language (see {@link IssueText}).
 */
public record RowIssue(int rowNumber, String key, List<String> args) implements ImportItem {
    public static final String REQUIRED = "import.row.required";
    public static final String DATE = "import.row.date";
    public static final String DATE_RANGE = "import.row.dateRange";
    public static final String FORMULA = "import.row.formula";
    public static final String CONTROL = "import.row.control";
    public static final String TOO_LONG = "import.row.tooLong";
    public static final String EMAIL = "import.row.email";
    public static final String DUPLICATE = "import.row.duplicate";
    public static final String REPEATED = "import.row.repeated";
    public static final String TOO_MANY = "import.row.tooMany";

    public RowIssue {
        args = List.copyOf(args);
    }

    public RowIssue(int rowNumber, String key, String... args) {
        this(rowNumber, key, List.of(args));
    }

    /**
     * Whether the issue stands for a skipped data row; the one exception is the notice that rows
     * beyond the limit were ignored, placed at the first ignored row.
     */
    public boolean isRow() {
        return !TOO_MANY.equals(key);
    }
}
