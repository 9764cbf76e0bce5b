package org.schooljournal.platform.web;

import jakarta.annotation.PostConstruct;
import java.io.Serializable;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import org.omnifaces.util.Messages;
import org.schooljournal.identity.web.Texts;

/**
 * What the setup screens' view beans (rooms, subjects, bell schedules) share: the table's rows as
 * the boundary gives them, read again after each change, and the name typed for a new row, which
 * must not be blank. A view bean says only what differs: where its rows come from, what a new row
 * holds besides its name, and what a row's change stores (an {@link EditedValue} per editable
 * value).
 *
 * @param <R> the screen's row
 */
public abstract class SetupTable<R extends Serializable> implements Serializable {
    private static final long serialVersionUID = 1L;

    private final List<R> rows = new ArrayList<>();
    private String name;

    /** The rows as stored now, in the screen's order. */
    protected abstract List<R> fetch();

    @PostConstruct
    protected void init() {
        load();
    }

    /** Reads the rows again (after an addition or a removal, which other rows may follow). */
    protected void load() {
        rows.clear();
        rows.addAll(fetch());
    }

    /**
     * The name typed for a new row; null, with the error {@code requiredKey} shown, if it is blank
     * or one of the other values the new row needs ({@code alsoRequired}) is missing.
     */
    protected String newName(String requiredKey, Object... alsoRequired) {
        if (name == null
                || name.isBlank()
                || Arrays.stream(alsoRequired).anyMatch(Objects::isNull)) {
            Messages.addGlobalError(Texts.get(requiredKey));
            return null;
        }
        return name;
    }

    /** After a new row is stored: the table read again and the form emptied. */
    protected void added() {
        load();
        name = null;
    }

    /** The screen's confirmation: the bundle's {@code key} with {@code args}. */
    protected static void said(String key, Object... args) {
        Messages.addGlobalInfo(MessageFormat.format(Texts.get(key), args));
    }

    public List<R> getRows() {
        return rows;
    }

    /** The name of the new row being typed. */
    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }
}
