package org.schooljournal.demo.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class DemoSizeTest {
    @Test
    void namedSizes() {
        assertThat(DemoSize.forSetting(null)).isEmpty();
        assertThat(DemoSize.forSetting(" ")).isEmpty();
        assertThat(DemoSize.forSetting("Small ")).contains(DemoSize.SMALL);
        assertThat(DemoSize.forSetting("none")).isEmpty();
        assertThat(DemoSize.forSetting("MUNICIPALITY")).contains(DemoSize.MUNICIPALITY);
        assertThat(DemoSize.SMALL).isEqualTo(new DemoSize(2, 4, 25, 40));
        assertThat(DemoSize.MUNICIPALITY.pupils()).isEqualTo(60_000);
    }

    @Test
    void explicitSize() {
        assertThat(DemoSize.forSetting("10x24x25x8")).contains(new DemoSize(10, 24, 25, 8));
    }

    @Test
    void rejectsUnknownSettingsAndImpossibleSizes() {
        assertThatThrownBy(() -> DemoSize.forSetting("huge"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("huge");
        assertThatThrownBy(() -> DemoSize.forSetting("1x2x3"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new DemoSize(1, 111, 25, 8))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new DemoSize(0, 4, 25, 8))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
