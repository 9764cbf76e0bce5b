package org.schooljournal.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class EditedValueTest {
    private final List<String> stored = new ArrayList<>();
    private final List<RuntimeException> refusals = new ArrayList<>();

    @Test
    @DisplayName(
            "R-S04 a value typed in a setup row is stored once, and what the server answers is shown")
    void storesAChange() {
        EditedValue<String> name = EditedValue.of("101");
        name.setValue(" 102 ");
        boolean saved =
                name.save(
                        typed -> {
                            stored.add(typed);
                            return typed.strip();
                        },
                        refusals::add);
        assertThat(saved).isTrue();
        assertThat(stored).containsExactly(" 102 ");
        assertThat(name.saved()).isEqualTo("102");
        assertThat(name.getValue()).isEqualTo("102");
        assertThat(refusals).isEmpty();
    }

    @Test
    @DisplayName("R-S04 an unchanged or emptied value is not sent; the stored one is shown again")
    void unchangedOrEmptyIsNotSent() {
        EditedValue<String> name = EditedValue.of("101");
        name.setValue("101 ");
        assertThat(name.save(this::store, refusals::add)).isFalse();
        name.setValue("  ");
        assertThat(name.save(this::store, refusals::add)).isFalse();
        assertThat(name.getValue()).isEqualTo("101");
        EditedValue<BigDecimal> hours = EditedValue.of(new BigDecimal("5"));
        hours.setValue(new BigDecimal("5.0"));
        assertThat(hours.save(h -> BigDecimal.TEN, refusals::add)).as("5.0 hours are 5").isFalse();
        assertThat(stored).isEmpty();
    }

    @Test
    @DisplayName(
            "R-S08 a refused value puts the stored one back and hands the refusal on to be shown")
    void refusedPutsTheStoredBack() {
        EditedValue<BigDecimal> hours = EditedValue.of(new BigDecimal("3"));
        hours.setValue(new BigDecimal("40"));
        IllegalStateException refusal = new IllegalStateException("over-assigned");
        boolean saved =
                hours.save(
                        h -> {
                            throw refusal;
                        },
                        refusals::add);
        assertThat(saved).isFalse();
        assertThat(hours.getValue()).isEqualByComparingTo("3");
        assertThat(refusals).containsExactly(refusal);
    }

    @Test
    @DisplayName("R-S08 a clearable value (hours not set) stores the emptied entry")
    void clearableStoresEmpty() {
        EditedValue<BigDecimal> hours = EditedValue.clearable(new BigDecimal("2"));
        hours.setValue(null);
        assertThat(hours.save(h -> null, refusals::add)).isTrue();
        assertThat(hours.saved()).isNull();
        hours.setValue(null);
        assertThat(hours.save(h -> BigDecimal.ONE, refusals::add)).as("still empty").isFalse();
    }

    private String store(String typed) {
        stored.add(typed);
        return typed;
    }
}
