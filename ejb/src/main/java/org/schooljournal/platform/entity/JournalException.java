package org.schooljournal.platform.entity;

import jakarta.ejb.ApplicationException;
import java.util.Arrays;

/**
 * A refusal the user can understand: a message key of the {@code messages} bundle (Russian by
 * default, English too) with its arguments. Rolls the transaction back so nothing is half-stored.
 */
@ApplicationException(rollback = true)
public class JournalException extends RuntimeException {
    /** What kind of refusal, so the REST layer can choose the status. */
    public enum Kind {
        INVALID,
        NOT_FOUND,
        FORBIDDEN,
        CONFLICT
    }

    private final Kind kind;
    private final String key;
    private final Object[] args;
    private String current;

    public JournalException(Kind kind, String key, Object... args) {
        super(key + Arrays.toString(args));
        this.kind = kind;
        this.key = key;
        this.args = args.clone();
    }

    /**
     * Nothing of that kind with that id (or not in the caller's school): {@code what} names it as
     * the code does, «journal 50»; the user reads a sentence for its kind, «Журнал не найден»
     * ({@code notFound.journal}), never the code's name and id (issue 8, item 10).
     */
    public static JournalException notFound(String what) {
        String kind = what.strip().replaceFirst(" \\S*\\d\\S*$", "");
        StringBuilder key = new StringBuilder("notFound.");
        boolean upper = false;
        for (char c : kind.toCharArray()) {
            if (c == ' ') {
                upper = true;
            } else {
                key.append(upper ? Character.toUpperCase(c) : c);
                upper = false;
            }
        }
        return new JournalException(Kind.NOT_FOUND, key.toString(), what);
    }

    public static JournalException forbidden() {
        return new JournalException(Kind.FORBIDDEN, "error.forbidden");
    }

    /**
     * A conflict's answer carries what is stored now, so the screen can show it instead of what the
     * user overwrote (no lost update).
     */
    public JournalException withCurrent(String current) {
        this.current = current;
        return this;
    }

    /** What is stored now, for a conflict; null otherwise. */
    public String current() {
        return current;
    }

    public Kind kind() {
        return kind;
    }

    public String key() {
        return key;
    }

    public Object[] args() {
        return args.clone();
    }
}
