package org.schooljournal.demo.control;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DemoNamesTest {
    @Test
    void feminineSurnames() {
        assertThat(DemoNames.surname("Иванов", Sex.FEMALE)).isEqualTo("Иванова");
        assertThat(DemoNames.surname("Иванов", Sex.MALE)).isEqualTo("Иванов");
        assertThat(DemoNames.surname("Соловьёв", Sex.FEMALE)).isEqualTo("Соловьёва");
        assertThat(DemoNames.surname("Васильев", Sex.FEMALE)).isEqualTo("Васильева");
        assertThat(DemoNames.surname("Ильин", Sex.FEMALE)).isEqualTo("Ильина");
        assertThat(DemoNames.surname("Вишневский", Sex.FEMALE)).isEqualTo("Вишневская");
        assertThat(DemoNames.surname("Толстой", Sex.FEMALE)).isEqualTo("Толстая");
        assertThat(DemoNames.surname("Шевченко", Sex.FEMALE)).isEqualTo("Шевченко");
    }

    @Test
    void patronymics() {
        DemoNames.MaleName petr =
                DemoNames.MALE_NAMES.stream()
                        .filter(n -> n.name().equals("Пётр"))
                        .findFirst()
                        .orElseThrow();
        assertThat(petr.patronymic(Sex.MALE)).isEqualTo("Петрович");
        assertThat(petr.patronymic(Sex.FEMALE)).isEqualTo("Петровна");
        assertThat(DemoNames.MALE_NAMES)
                .allSatisfy(
                        n -> {
                            assertThat(n.sonPatronymic()).endsWith("ич");
                            assertThat(n.daughterPatronymic()).matches(".*(вна|чна)");
                        });
    }

    @Test
    void listsAreLargeEnoughAndDistinct() {
        assertThat(DemoNames.SURNAMES).hasSize(40).doesNotHaveDuplicates();
        assertThat(DemoNames.MALE_NAMES).hasSizeGreaterThanOrEqualTo(30).doesNotHaveDuplicates();
        assertThat(DemoNames.FEMALE_NAMES).hasSize(30).doesNotHaveDuplicates();
    }
}
