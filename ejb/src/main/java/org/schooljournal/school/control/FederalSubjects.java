package org.schooljournal.school.control;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.schooljournal.school.entity.Grading;

/**
 * The subjects of the federal basic curriculum (ФБУП, R-S03) with their default grading systems
 * (R-S14). A school adds the ones it lacks in one step and keeps its own component next to them.
 */
public final class FederalSubjects {
    /** A federal subject and the grading it gets when a school adds it. */
    public record FederalSubject(String name, Grading grading) {}

    private static final List<FederalSubject> LIST =
            List.of(
                    five("Русский язык"),
                    five("Литературное чтение"),
                    five("Литература"),
                    five("Родной язык"),
                    five("Иностранный язык (английский)"),
                    five("Математика"),
                    five("Алгебра"),
                    five("Геометрия"),
                    five("Вероятность и статистика"),
                    five("Информатика"),
                    five("Окружающий мир"),
                    five("История"),
                    five("Обществознание"),
                    five("География"),
                    five("Биология"),
                    five("Физика"),
                    five("Химия"),
                    five("Музыка"),
                    five("Изобразительное искусство"),
                    five("Труд (технология)"),
                    five("Физическая культура"),
                    five("Основы безопасности и защиты Родины"),
                    new FederalSubject("ОРКСЭ", Grading.PASS_FAIL),
                    new FederalSubject("ОДНКНР", Grading.PASS_FAIL),
                    five("Индивидуальный проект"));

    private FederalSubjects() {}

    private static FederalSubject five(String name) {
        return new FederalSubject(name, Grading.FIVE_POINT);
    }

    /** The federal list in the order of the curriculum. */
    public static List<FederalSubject> all() {
        return LIST;
    }

    /** The federal subject of that name, ignoring case and surrounding blanks. */
    public static Optional<FederalSubject> named(String name) {
        if (name == null) {
            return Optional.empty();
        }
        String key = key(name);
        return LIST.stream().filter(s -> key(s.name()).equals(key)).findFirst();
    }

    /** The form in which two subject names are compared: stripped, lower case. */
    public static String key(String name) {
        return name.strip().toLowerCase(Locale.ROOT);
    }
}
