package org.schooljournal.diary.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class LettersTest {
    static final Locale RU = Locale.forLanguageTag("ru");

    @Test
    @DisplayName(
            "R-D02 the digest lists each child's news by kind, in text and in HTML where a"
                    + " teacher's words are never markup; nothing to tell, no letter")
    void digest() {
        Letters.ChildNews anna =
                new Letters.ChildNews(
                        "Анна Иванова",
                        List.of("Математика, 03.12: 5", "Русский язык, 03.12: 4к"),
                        List.of("Физика, 02.12: по болезни"),
                        List.of("Литература (Петрова): <b>молодец</b>"),
                        List.of("Математика: №12"));
        Letters.Letter letter =
                Letters.digest(
                        RU,
                        "Мария Петровна",
                        "Школа № 1",
                        LocalDate.of(2026, 12, 3),
                        List.of(anna));
        assertThat(letter.subject())
                .isEqualTo("Электронный дневник, Школа № 1: новости за 03.12.2026");
        assertThat(letter.text())
                .contains("Здравствуйте, Мария Петровна!", "Анна Иванова", "Новые отметки")
                .contains(
                        "    - Русский язык, 03.12: 4к", "Пропуски", "Домашнее задание на завтра");
        assertThat(letter.html())
                .contains("<li>Математика, 03.12: 5</li>", "&lt;b&gt;молодец&lt;/b&gt;")
                .doesNotContain("<b>молодец");
        Letters.ChildNews quiet =
                new Letters.ChildNews("Пётр", List.of(), List.of(), List.of(), List.of());
        assertThat(Letters.digest(RU, "М", "Ш", LocalDate.of(2026, 12, 3), List.of(quiet)))
                .isNull();
    }

    @Test
    @DisplayName(
            "R-D04 the homeroom teacher's letter tells the diary's address and login, never a"
                    + " password, in the parent's language")
    void invitation() {
        Letters.Letter ru =
                Letters.invitation(
                        RU,
                        "Мария Петровна",
                        "Школа № 1",
                        "5 «А»",
                        "Иванова А. С.",
                        "https://journal.example/",
                        "petrova.m");
        assertThat(ru.subject()).contains("5 «А»");
        assertThat(ru.text())
                .contains("https://journal.example/", "petrova.m", "Одноразовый пароль")
                .contains("Классный руководитель Иванова А. С.");
        Letters.Letter en =
                Letters.invitation(
                        Locale.ENGLISH,
                        "Maria",
                        "School 1",
                        "5A",
                        "Ivanova A.",
                        "https://j/",
                        null);
        assertThat(en.text()).contains("come from the homeroom teacher on a paper slip");
        assertThat(en.html()).startsWith("<html>").contains("<p>Hello, Maria!</p>");
    }
}
