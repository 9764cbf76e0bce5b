package org.schooljournal.calendar.control;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.schooljournal.platform.entity.JournalException;

/**
 * The plan of a year rollover (issue 3 item 13, R-S05, R-S13): every current class of grade g
 * becomes grade g+1 with the same letter (5 «А» → 6 «А»); grade-11 classes graduate and their
 * pupils leave the school ("выпуск") on the first day of the new year. Plain Java: the boundary
 * asks for the plan, which refuses what must not happen, before anything is changed.
 *
 * <p>Since all classes move together, no promoted class can meet a class that stays; the plan still
 * refuses two classes that would become the same one. A year is rolled over once: a second run of
 * the same year, or of a year older than one already rolled over, is refused naming the years.
 */
public final class Rollover {
    public static final int LAST_GRADE = 11;

    /** The note of a graduate's withdrawal. */
    public static final String GRADUATION_NOTE = "выпуск";

    /** A year by id, name ("2026/2027") and first day. */
    public record Year(long id, String name, LocalDate startsOn) {
        public Year {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(startsOn, "startsOn");
        }
    }

    /** A current class of the school. */
    public record SchoolClassRef(long id, int grade, String letter) {
        public SchoolClassRef {
            Objects.requireNonNull(letter, "letter");
            if (grade < 1 || grade > LAST_GRADE) {
                throw new IllegalArgumentException("grade " + grade);
            }
        }

        public String title() {
            return title(grade, letter);
        }

        static String title(int grade, String letter) {
            return grade + " «" + letter + "»";
        }
    }

    /** A rollover already done: from which year to which. */
    public record Done(Year from, String toYear) {
        public Done {
            Objects.requireNonNull(from, "from");
            Objects.requireNonNull(toYear, "toYear");
        }
    }

    /** A class moving up: its title now and after the rollover. */
    public record Promotion(long classId, int fromGrade, int toGrade, String from, String to) {}

    /** A grade-11 class that graduates. */
    public record Graduation(long classId, String title) {}

    private final Year from;
    private final String toYear;
    private final LocalDate graduationDate;
    private final List<Promotion> promotions;
    private final List<Graduation> graduations;

    private Rollover(
            Year from,
            String toYear,
            LocalDate graduationDate,
            List<Promotion> promotions,
            List<Graduation> graduations) {
        this.from = from;
        this.toYear = toYear;
        this.graduationDate = graduationDate;
        this.promotions = List.copyOf(promotions);
        this.graduations = List.copyOf(graduations);
    }

    /**
     * Plans the rollover of {@code from} into the year {@code toYear} that starts on {@code
     * toStartsOn}.
     *
     * @param classes the school's current (not graduated) classes
     * @param done the rollovers the school has already done
     * @throws JournalException CONFLICT {@code rollover.done} when this year was already rolled
     *     over, {@code rollover.later} when a later year was, {@code rollover.clash} when two
     *     classes would become the same one; INVALID {@code rollover.order} when the new year does
     *     not start after the old one
     */
    public static Rollover plan(
            Year from,
            String toYear,
            LocalDate toStartsOn,
            List<SchoolClassRef> classes,
            List<Done> done) {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(toYear, "toYear");
        Objects.requireNonNull(toStartsOn, "toStartsOn");
        for (Done d : done) {
            if (d.from().id() == from.id()) {
                throw new JournalException(
                        JournalException.Kind.CONFLICT,
                        "rollover.done",
                        d.from().name(),
                        d.toYear());
            }
        }
        for (Done d : done) {
            if (d.from().startsOn().isAfter(from.startsOn())) {
                throw new JournalException(
                        JournalException.Kind.CONFLICT,
                        "rollover.later",
                        from.name(),
                        d.from().name(),
                        d.toYear());
            }
        }
        if (!toStartsOn.isAfter(from.startsOn())) {
            throw new JournalException(
                    JournalException.Kind.INVALID, "rollover.order", from.name(), toYear);
        }
        List<Promotion> promotions = new ArrayList<>();
        List<Graduation> graduations = new ArrayList<>();
        Map<String, SchoolClassRef> targets = new HashMap<>();
        List<SchoolClassRef> sorted =
                classes.stream()
                        .sorted(
                                Comparator.comparingInt(SchoolClassRef::grade)
                                        .reversed()
                                        .thenComparing(SchoolClassRef::letter)
                                        .thenComparingLong(SchoolClassRef::id))
                        .toList();
        for (SchoolClassRef c : sorted) {
            String target =
                    c.grade() == LAST_GRADE
                            ? "graduated " + c.title()
                            : SchoolClassRef.title(c.grade() + 1, c.letter());
            SchoolClassRef other = targets.putIfAbsent(target, c);
            if (other != null) {
                throw new JournalException(
                        JournalException.Kind.CONFLICT,
                        "rollover.clash",
                        other.title(),
                        c.title(),
                        c.grade() == LAST_GRADE ? c.title() : target);
            }
            if (c.grade() == LAST_GRADE) {
                graduations.add(new Graduation(c.id(), c.title()));
            } else {
                promotions.add(new Promotion(c.id(), c.grade(), c.grade() + 1, c.title(), target));
            }
        }
        return new Rollover(from, toYear, toStartsOn, promotions, graduations);
    }

    public Year from() {
        return from;
    }

    public String toYear() {
        return toYear;
    }

    /** The first day of the new year: the graduates' first day away from the school. */
    public LocalDate graduationDate() {
        return graduationDate;
    }

    /** The calendar year the graduates leave in: 2027 for the year 2026/2027. */
    public int graduationYear() {
        return graduationDate.getYear();
    }

    /**
     * The classes moving up, in the order they must move so no two are ever the same class: the
     * highest grade first (10 «А» → 11 «А» before 9 «А» → 10 «А»), after the graduates.
     */
    public List<Promotion> promotions() {
        return promotions;
    }

    /** The grade-11 classes that graduate. */
    public List<Graduation> graduations() {
        return graduations;
    }

    /** The promotions grouped by their grade now, the highest grade first. */
    public List<List<Promotion>> promotionsByGrade() {
        List<List<Promotion>> groups = new ArrayList<>();
        for (Promotion p : promotions) {
            if (groups.isEmpty()
                    || groups.get(groups.size() - 1).get(0).fromGrade() != p.fromGrade()) {
                groups.add(new ArrayList<>());
            }
            groups.get(groups.size() - 1).add(p);
        }
        return groups.stream().map(List::copyOf).toList();
    }
}
