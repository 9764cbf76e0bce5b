package org.schooljournal.platform.web;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;

/**
 * A value of a setup table's row that is saved as soon as it is typed or chosen (a room's name, a
 * subject's grading, a curriculum line's hours): the value on the screen and the one stored. The
 * view bean keeps only what differs: how to store it and what to say then. An unchanged value is
 * not sent; an empty one (unless the row may be cleared) and a refused one show the stored value
 * again, the refusal as the screen's message. This is the one place with a try/catch for editable
 * rows: the row must be put back before the refusal is shown, which the exception handler cannot.
 */
public final class EditedValue<T extends Serializable> implements Serializable {
    private static final long serialVersionUID = 1L;

    private final boolean clearable;
    private T saved;
    private T value;

    private EditedValue(T saved, boolean clearable) {
        this.saved = saved;
        this.value = saved;
        this.clearable = clearable;
    }

    /** A value that cannot be emptied: an empty entry puts the stored one back. */
    public static <T extends Serializable> EditedValue<T> of(T saved) {
        return new EditedValue<>(saved, false);
    }

    /** A value that may be emptied: an empty entry is stored (e.g. hours not set). */
    public static <T extends Serializable> EditedValue<T> clearable(T saved) {
        return new EditedValue<>(saved, true);
    }

    public T getValue() {
        return value;
    }

    public void setValue(T value) {
        this.value = value;
    }

    /** What the server holds. */
    public T saved() {
        return saved;
    }

    /**
     * Stores the value on the screen if it differs from the stored one; {@code store} answers what
     * was stored. True when stored; a refusal of the boundary is shown in the user's language.
     */
    public boolean save(UnaryOperator<T> store, Locale locale) {
        return save(store, e -> Refusals.show(e, locale));
    }

    /** As {@link #save(UnaryOperator, Locale)}, with what to do with a refusal. */
    public boolean save(UnaryOperator<T> store, Consumer<RuntimeException> refused) {
        if ((!clearable && empty(value)) || same(value, saved)) {
            value = saved;
            return false;
        }
        try {
            saved = store.apply(value);
            value = saved;
            return true;
        } catch (RuntimeException e) {
            value = saved;
            refused.accept(e);
            return false;
        }
    }

    private static boolean empty(Object value) {
        return value == null || value instanceof String text && text.isBlank();
    }

    /** «5» and «5.0» hours are the same; a name typed with blanks around it too. */
    private static boolean same(Object typed, Object stored) {
        if (typed instanceof BigDecimal a && stored instanceof BigDecimal b) {
            return a.compareTo(b) == 0;
        }
        if (typed instanceof String a && stored instanceof String b) {
            return a.strip().equals(b);
        }
        return Objects.equals(typed, stored);
    }
}
