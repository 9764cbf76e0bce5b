package org.schooljournal.demo.control;

import java.util.List;
import java.util.Random;

/**
 * Russian names for demo people: a fixed list of surnames (stored in the masculine form), male
 * first names with the patronymics derived from them, and female first names.
 */
public final class DemoNames {
    /** Surnames in the masculine form; {@link #surname(String, Sex)} gives the feminine one. */
    public static final List<String> SURNAMES =
            List.of(
                    "Иванов",
                    "Смирнов",
                    "Кузнецов",
                    "Попов",
                    "Васильев",
                    "Петров",
                    "Соколов",
                    "Михайлов",
                    "Новиков",
                    "Фёдоров",
                    "Морозов",
                    "Волков",
                    "Алексеев",
                    "Лебедев",
                    "Семёнов",
                    "Егоров",
                    "Павлов",
                    "Козлов",
                    "Степанов",
                    "Николаев",
                    "Орлов",
                    "Андреев",
                    "Макаров",
                    "Никитин",
                    "Захаров",
                    "Зайцев",
                    "Соловьёв",
                    "Борисов",
                    "Яковлев",
                    "Григорьев",
                    "Романов",
                    "Воробьёв",
                    "Ильин",
                    "Королёв",
                    "Гусев",
                    "Киселёв",
                    "Вишневский",
                    "Ковалевский",
                    "Толстой",
                    "Шевченко");

    /** A male first name with the patronymics of his children: сын Петрович, дочь Петровна. */
    public record MaleName(String name, String sonPatronymic, String daughterPatronymic) {
        public String patronymic(Sex childSex) {
            return childSex == Sex.MALE ? sonPatronymic : daughterPatronymic;
        }
    }

    public static final List<MaleName> MALE_NAMES =
            List.of(
                    new MaleName("Александр", "Александрович", "Александровна"),
                    new MaleName("Алексей", "Алексеевич", "Алексеевна"),
                    new MaleName("Андрей", "Андреевич", "Андреевна"),
                    new MaleName("Антон", "Антонович", "Антоновна"),
                    new MaleName("Артём", "Артёмович", "Артёмовна"),
                    new MaleName("Борис", "Борисович", "Борисовна"),
                    new MaleName("Вадим", "Вадимович", "Вадимовна"),
                    new MaleName("Василий", "Васильевич", "Васильевна"),
                    new MaleName("Виктор", "Викторович", "Викторовна"),
                    new MaleName("Владимир", "Владимирович", "Владимировна"),
                    new MaleName("Григорий", "Григорьевич", "Григорьевна"),
                    new MaleName("Денис", "Денисович", "Денисовна"),
                    new MaleName("Дмитрий", "Дмитриевич", "Дмитриевна"),
                    new MaleName("Евгений", "Евгеньевич", "Евгеньевна"),
                    new MaleName("Егор", "Егорович", "Егоровна"),
                    new MaleName("Иван", "Иванович", "Ивановна"),
                    new MaleName("Игорь", "Игоревич", "Игоревна"),
                    new MaleName("Илья", "Ильич", "Ильинична"),
                    new MaleName("Кирилл", "Кириллович", "Кирилловна"),
                    new MaleName("Константин", "Константинович", "Константиновна"),
                    new MaleName("Максим", "Максимович", "Максимовна"),
                    new MaleName("Михаил", "Михайлович", "Михайловна"),
                    new MaleName("Никита", "Никитич", "Никитична"),
                    new MaleName("Николай", "Николаевич", "Николаевна"),
                    new MaleName("Олег", "Олегович", "Олеговна"),
                    new MaleName("Павел", "Павлович", "Павловна"),
                    new MaleName("Пётр", "Петрович", "Петровна"),
                    new MaleName("Роман", "Романович", "Романовна"),
                    new MaleName("Сергей", "Сергеевич", "Сергеевна"),
                    new MaleName("Тимофей", "Тимофеевич", "Тимофеевна"),
                    new MaleName("Юрий", "Юрьевич", "Юрьевна"));

    public static final List<String> FEMALE_NAMES =
            List.of(
                    "Александра",
                    "Алина",
                    "Алиса",
                    "Анастасия",
                    "Анна",
                    "Валентина",
                    "Варвара",
                    "Вера",
                    "Виктория",
                    "Галина",
                    "Дарья",
                    "Екатерина",
                    "Елена",
                    "Елизавета",
                    "Ирина",
                    "Кира",
                    "Ксения",
                    "Любовь",
                    "Маргарита",
                    "Мария",
                    "Марина",
                    "Надежда",
                    "Наталья",
                    "Ольга",
                    "Полина",
                    "Светлана",
                    "София",
                    "Татьяна",
                    "Ульяна",
                    "Юлия");

    private DemoNames() {}

    /**
     * The surname in the form of the given sex: Иванов → Иванова, Ильин → Ильина, Вишневский →
     * Вишневская, Толстой → Толстая; surnames such as Шевченко do not change.
     */
    public static String surname(String masculine, Sex sex) {
        if (sex == Sex.MALE) {
            return masculine;
        }
        if (masculine.endsWith("ский") || masculine.endsWith("цкий")) {
            return masculine.substring(0, masculine.length() - 2) + "ая";
        }
        if (masculine.endsWith("ой")) {
            return masculine.substring(0, masculine.length() - 2) + "ая";
        }
        if (masculine.endsWith("ов")
                || masculine.endsWith("ев")
                || masculine.endsWith("ёв")
                || masculine.endsWith("ин")
                || masculine.endsWith("ын")) {
            return masculine + "а";
        }
        return masculine;
    }

    public static String randomSurname(Random random) {
        return SURNAMES.get(random.nextInt(SURNAMES.size()));
    }

    public static MaleName randomMaleName(Random random) {
        return MALE_NAMES.get(random.nextInt(MALE_NAMES.size()));
    }

    public static String randomFirstName(Random random, Sex sex) {
        return sex == Sex.MALE
                ? randomMaleName(random).name()
                : FEMALE_NAMES.get(random.nextInt(FEMALE_NAMES.size()));
    }

    /** A random adult or child: surname, first name and a patronymic from a random father. */
    public static DemoPerson randomPerson(Random random, Sex sex) {
        String surname = randomSurname(random);
        String firstName = randomFirstName(random, sex);
        MaleName father = randomMaleName(random);
        return new DemoPerson(sex, surname(surname, sex), firstName, father.patronymic(sex));
    }

    /** A child of the family: the family surname in the child's form, the father's patronymic. */
    public static DemoPerson child(Random random, Sex sex, String familySurname, MaleName father) {
        return new DemoPerson(
                sex,
                surname(familySurname, sex),
                randomFirstName(random, sex),
                father.patronymic(sex));
    }
}
