package org.schooljournal.demo.control;

import java.util.Locale;
import java.util.Optional;

/**
 * How big a demo municipality is.
 *
 * @param schools number of schools (s1 … sN)
 * @param classesPerSchool classes of each school; the first four are 5 «А», 5 «Б», 6 «А», 9 «А»,
 *     then the other grades 1 to 11 fill up letter by letter
 * @param pupilsPerClass pupils of each class, each with one parent
 * @param weeksOfLessons weeks of lessons from 1 September of the current school year (they stop at
 *     the year's last study day; lessons after today are planned but empty)
 */
public record DemoSize(int schools, int classesPerSchool, int pupilsPerClass, int weeksOfLessons) {
    /** The quick start's demo: 2 schools × 4 classes × 25 pupils, lessons for the whole year. */
    public static final DemoSize SMALL = new DemoSize(2, 4, 25, 40);

    /** A whole municipality: 100 schools × 24 classes × 25 pupils = 60,000 pupils. */
    public static final DemoSize MUNICIPALITY = new DemoSize(100, 24, 25, 40);

    public DemoSize {
        if (schools < 1 || schools > 9_999) {
            throw new IllegalArgumentException("schools must be 1..9999: " + schools);
        }
        if (classesPerSchool < 1 || classesPerSchool > DemoCurriculum.MAX_CLASSES) {
            throw new IllegalArgumentException(
                    "classesPerSchool must be 1.."
                            + DemoCurriculum.MAX_CLASSES
                            + ": "
                            + classesPerSchool);
        }
        if (pupilsPerClass < 1 || pupilsPerClass > 60) {
            throw new IllegalArgumentException("pupilsPerClass must be 1..60: " + pupilsPerClass);
        }
        if (weeksOfLessons < 0 || weeksOfLessons > 53) {
            throw new IllegalArgumentException("weeksOfLessons must be 0..53: " + weeksOfLessons);
        }
    }

    /**
     * The size a setting names: {@code small}, {@code municipality}, or explicit numbers {@code
     * SCHOOLSxCLASSESxPUPILSxWEEKS} such as {@code 10x24x25x8}; {@code none} means no demo data
     * (empty). Blank or null means none: a production deployment gets no demo accounts unless
     * someone asks for them. Case and surrounding blanks are ignored.
     *
     * @throws IllegalArgumentException for anything else
     */
    public static Optional<DemoSize> forSetting(String setting) {
        String value = setting == null ? "" : setting.strip().toLowerCase(Locale.ROOT);
        switch (value) {
            case "small":
                return Optional.of(SMALL);
            case "", "none":
                return Optional.empty();
            case "municipality":
                return Optional.of(MUNICIPALITY);
            default:
                String[] parts = value.split("x");
                if (parts.length == 4) {
                    try {
                        return Optional.of(
                                new DemoSize(
                                        Integer.parseInt(parts[0].strip()),
                                        Integer.parseInt(parts[1].strip()),
                                        Integer.parseInt(parts[2].strip()),
                                        Integer.parseInt(parts[3].strip())));
                    } catch (NumberFormatException e) {
                        // reported below
                    }
                }
                throw new IllegalArgumentException(
                        "Unknown demo size '"
                                + setting
                                + "': use none, small, municipality or"
                                + " SCHOOLSxCLASSESxPUPILSxWEEKS (e.g. 10x24x25x8)");
        }
    }

    public int pupilsPerSchool() {
        return classesPerSchool * pupilsPerClass;
    }

    public long pupils() {
        return (long) schools * pupilsPerSchool();
    }

    @Override
    public String toString() {
        return schools
                + " schools × "
                + classesPerSchool
                + " classes × "
                + pupilsPerClass
                + " pupils, "
                + weeksOfLessons
                + " weeks";
    }
}
