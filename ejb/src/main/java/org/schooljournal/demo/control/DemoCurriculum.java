package org.schooljournal.demo.control;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A simplified Russian federal curriculum: which subjects a grade has and how many lessons a week,
 * who teaches them (primary classes have their own teacher for most subjects), and topics for the
 * journal.
 */
public final class DemoCurriculum {
    /** Class letters as schools use them (Ё, Й and З are skipped, as is common). */
    public static final List<String> LETTERS =
            List.of("А", "Б", "В", "Г", "Д", "Е", "Ж", "И", "К", "Л");

    public static final int GRADES = 11;

    public static final int MAX_CLASSES = GRADES * LETTERS.size();

    /** A class's most lessons in one day. */
    public static final int MAX_LESSONS_PER_DAY = 7;

    /** Teachers' specialities, with the position written in the staff list. */
    public enum Specialty {
        PRIMARY("Учитель начальных классов", 1, "Кабинет начальных классов"),
        MATHEMATICS("Учитель математики", 3, "Кабинет математики"),
        RUSSIAN("Учитель русского языка и литературы", 2, "Кабинет русского языка и литературы"),
        ENGLISH("Учитель английского языка", 2, "Кабинет английского языка"),
        HISTORY("Учитель истории и обществознания", 2, "Кабинет истории и обществознания"),
        GEOGRAPHY("Учитель географии", 3, "Кабинет географии"),
        BIOLOGY("Учитель биологии и химии", 3, "Кабинет биологии и химии"),
        PHYSICS("Учитель физики и информатики", 3, "Кабинет физики и информатики"),
        MUSIC("Учитель музыки", 2, "Кабинет музыки"),
        ART("Учитель ИЗО и технологии", 1, "Мастерская, кабинет ИЗО и технологии"),
        SPORT("Учитель физической культуры и ОБЗР", 1, "Спортивный зал");

        private final String position;
        private final int floor;
        private final String room;

        Specialty(String position, int floor, String room) {
            this.position = position;
            this.floor = floor;
            this.room = room;
        }

        public String position() {
            return position;
        }

        /** The floor of this speciality's rooms. */
        public int floor() {
            return floor;
        }

        /** What a room of this speciality is, as the room list describes it. */
        public String room() {
            return room;
        }
    }

    /** How homework is written in the journal for a subject. */
    enum Homework {
        NONE,
        EXERCISES,
        PROBLEMS,
        PARAGRAPH,
        READING
    }

    /**
     * A subject of the plan.
     *
     * @param hours lessons a week in grades 1 to 11 (index 0 is grade 1)
     * @param primaryTeacher whether in grades 1–4 the class's primary teacher teaches it
     */
    public record SubjectPlan(
            String name,
            int[] hours,
            Specialty specialty,
            boolean primaryTeacher,
            Homework homework,
            List<String> topics) {
        public int hoursIn(int grade) {
            return hours[grade - 1];
        }

        public Specialty specialtyIn(int grade) {
            return primaryTeacher && grade <= 4 ? Specialty.PRIMARY : specialty;
        }
    }

    /** The subjects in the order they are listed (and created in a school). */
    public static final List<SubjectPlan> SUBJECTS =
            List.of(
                    subject(
                            "Математика",
                            new int[] {4, 4, 4, 4, 5, 5, 0, 0, 0, 0, 0},
                            Specialty.MATHEMATICS,
                            true,
                            Homework.PROBLEMS,
                            "Натуральные числа",
                            "Сложение и вычитание",
                            "Умножение и деление",
                            "Решение текстовых задач",
                            "Обыкновенные дроби",
                            "Десятичные дроби",
                            "Проценты",
                            "Уравнения",
                            "Геометрические фигуры",
                            "Площадь и периметр"),
                    subject(
                            "Алгебра",
                            new int[] {0, 0, 0, 0, 0, 0, 3, 3, 3, 3, 3},
                            Specialty.MATHEMATICS,
                            false,
                            Homework.PROBLEMS,
                            "Алгебраические выражения",
                            "Линейные уравнения",
                            "Степень с натуральным показателем",
                            "Многочлены",
                            "Формулы сокращённого умножения",
                            "Линейная функция",
                            "Квадратные уравнения",
                            "Системы уравнений",
                            "Неравенства"),
                    subject(
                            "Геометрия",
                            new int[] {0, 0, 0, 0, 0, 0, 2, 2, 2, 2, 2},
                            Specialty.MATHEMATICS,
                            false,
                            Homework.PROBLEMS,
                            "Начальные геометрические сведения",
                            "Треугольники",
                            "Признаки равенства треугольников",
                            "Параллельные прямые",
                            "Четырёхугольники",
                            "Подобие треугольников",
                            "Окружность"),
                    subject(
                            "Русский язык",
                            new int[] {5, 5, 5, 5, 5, 5, 4, 3, 3, 2, 2},
                            Specialty.RUSSIAN,
                            true,
                            Homework.EXERCISES,
                            "Повторение изученного",
                            "Фонетика и орфоэпия",
                            "Состав слова",
                            "Правописание корней",
                            "Имя существительное",
                            "Имя прилагательное",
                            "Глагол",
                            "Синтаксис простого предложения",
                            "Знаки препинания"),
                    subject(
                            "Литература",
                            new int[] {4, 4, 4, 3, 3, 3, 2, 2, 3, 3, 3},
                            Specialty.RUSSIAN,
                            true,
                            Homework.READING,
                            "Устное народное творчество",
                            "Басни И. А. Крылова",
                            "А. С. Пушкин. Лирика",
                            "М. Ю. Лермонтов. «Бородино»",
                            "Н. В. Гоголь. Повести",
                            "И. С. Тургенев. «Муму»",
                            "Л. Н. Толстой. «Кавказский пленник»",
                            "А. П. Чехов. Рассказы"),
                    subject(
                            "Английский язык",
                            new int[] {0, 2, 2, 2, 3, 3, 3, 3, 3, 3, 3},
                            Specialty.ENGLISH,
                            false,
                            Homework.EXERCISES,
                            "Знакомство",
                            "Моя семья",
                            "Моя школа",
                            "Времена года",
                            "Путешествия",
                            "Present Simple",
                            "Past Simple",
                            "Future Simple"),
                    subject(
                            "История",
                            new int[] {0, 0, 0, 0, 2, 2, 2, 2, 2, 2, 2},
                            Specialty.HISTORY,
                            false,
                            Homework.PARAGRAPH,
                            "Первобытные люди",
                            "Древний Египет",
                            "Древняя Греция",
                            "Древний Рим",
                            "Древняя Русь",
                            "Русь в XIII–XV веках",
                            "Россия в XVI веке"),
                    subject(
                            "Обществознание",
                            new int[] {0, 0, 0, 0, 0, 1, 1, 1, 1, 2, 2},
                            Specialty.HISTORY,
                            false,
                            Homework.PARAGRAPH,
                            "Человек и общество",
                            "Человек в социальном измерении",
                            "Семья",
                            "Право",
                            "Экономика"),
                    subject(
                            "География",
                            new int[] {0, 0, 0, 0, 1, 1, 2, 2, 2, 1, 1},
                            Specialty.GEOGRAPHY,
                            false,
                            Homework.PARAGRAPH,
                            "Земля во Вселенной",
                            "План и карта",
                            "Литосфера",
                            "Гидросфера",
                            "Атмосфера",
                            "Природные зоны"),
                    subject(
                            "Биология",
                            new int[] {0, 0, 0, 0, 1, 1, 1, 2, 2, 1, 1},
                            Specialty.BIOLOGY,
                            false,
                            Homework.PARAGRAPH,
                            "Биология — наука о живой природе",
                            "Клетка",
                            "Растения",
                            "Животные",
                            "Организм человека"),
                    subject(
                            "Физика",
                            new int[] {0, 0, 0, 0, 0, 0, 2, 2, 3, 2, 2},
                            Specialty.PHYSICS,
                            false,
                            Homework.PROBLEMS,
                            "Физические величины",
                            "Строение вещества",
                            "Движение и взаимодействие тел",
                            "Давление",
                            "Работа и мощность",
                            "Тепловые явления",
                            "Электрические явления"),
                    subject(
                            "Химия",
                            new int[] {0, 0, 0, 0, 0, 0, 0, 2, 2, 1, 1},
                            Specialty.BIOLOGY,
                            false,
                            Homework.PROBLEMS,
                            "Первоначальные химические понятия",
                            "Кислород",
                            "Водород",
                            "Основные классы неорганических соединений",
                            "Периодический закон"),
                    subject(
                            "Информатика",
                            new int[] {0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 1},
                            Specialty.PHYSICS,
                            false,
                            Homework.PARAGRAPH,
                            "Информация и информационные процессы",
                            "Компьютер",
                            "Системы счисления",
                            "Алгоритмы",
                            "Программирование"),
                    subject(
                            "Окружающий мир",
                            new int[] {2, 2, 2, 2, 0, 0, 0, 0, 0, 0, 0},
                            Specialty.PRIMARY,
                            true,
                            Homework.PARAGRAPH,
                            "Природа и человек",
                            "Растения и животные",
                            "Наш край",
                            "Человек и общество",
                            "Правила безопасной жизни"),
                    subject(
                            "Музыка",
                            new int[] {1, 1, 1, 1, 1, 1, 1, 0, 0, 0, 0},
                            Specialty.MUSIC,
                            false,
                            Homework.NONE,
                            "Музыка вокруг нас",
                            "Песня, танец, марш",
                            "Музыкальные инструменты",
                            "Русская народная музыка"),
                    subject(
                            "ИЗО",
                            new int[] {1, 1, 1, 1, 1, 1, 1, 0, 0, 0, 0},
                            Specialty.ART,
                            true,
                            Homework.NONE,
                            "Рисунок",
                            "Живопись",
                            "Декоративно-прикладное искусство",
                            "Народные промыслы"),
                    subject(
                            "Технология",
                            new int[] {1, 1, 1, 1, 2, 2, 2, 1, 0, 0, 0},
                            Specialty.ART,
                            true,
                            Homework.NONE,
                            "Материалы и инструменты",
                            "Работа с бумагой",
                            "Работа с тканью",
                            "Проектная работа"),
                    subject(
                            "Физическая культура",
                            new int[] {2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2},
                            Specialty.SPORT,
                            false,
                            Homework.NONE,
                            "Лёгкая атлетика",
                            "Спортивные игры",
                            "Гимнастика",
                            "Лыжная подготовка"),
                    subject(
                            "ОБЗР",
                            new int[] {0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1},
                            Specialty.SPORT,
                            false,
                            Homework.PARAGRAPH,
                            "Безопасность в быту",
                            "Безопасность на дорогах",
                            "Чрезвычайные ситуации",
                            "Первая помощь"));

    private static final Map<String, SubjectPlan> BY_NAME =
            SUBJECTS.stream().collect(Collectors.toUnmodifiableMap(SubjectPlan::name, s -> s));

    /** A class of the school: grade 1 to 11 and a letter. */
    public record ClassSlot(int grade, String letter) {}

    private DemoCurriculum() {}

    /** The plan of a subject by its name. */
    public static SubjectPlan plan(String subjectName) {
        SubjectPlan plan = BY_NAME.get(subjectName);
        if (plan == null) {
            throw new IllegalArgumentException(subjectName);
        }
        return plan;
    }

    private static SubjectPlan subject(
            String name,
            int[] hours,
            Specialty specialty,
            boolean primaryTeacher,
            Homework homework,
            String... topics) {
        return new SubjectPlan(name, hours, specialty, primaryTeacher, homework, List.of(topics));
    }

    /** Lessons a week of a grade. */
    public static int weeklyLessons(int grade) {
        return SUBJECTS.stream().mapToInt(s -> s.hoursIn(grade)).sum();
    }

    /**
     * The classes of a school of the given size, in the order they are created: 5 «А», 5 «Б», 6
     * «А», 9 «А» first (the demo logins s1.teacher1 and s1.pupil1 belong to 5 «А»), then the other
     * grades' classes «А», then «Б», and so on.
     */
    public static List<ClassSlot> classSlots(int count) {
        if (count < 1 || count > MAX_CLASSES) {
            throw new IllegalArgumentException("classes " + count);
        }
        Set<ClassSlot> slots = new LinkedHashSet<>();
        slots.add(new ClassSlot(5, "А"));
        slots.add(new ClassSlot(5, "Б"));
        slots.add(new ClassSlot(6, "А"));
        slots.add(new ClassSlot(9, "А"));
        for (String letter : LETTERS) {
            for (int grade = 1; grade <= GRADES; grade++) {
                slots.add(new ClassSlot(grade, letter));
            }
        }
        return List.copyOf(new ArrayList<>(slots).subList(0, count));
    }
}
