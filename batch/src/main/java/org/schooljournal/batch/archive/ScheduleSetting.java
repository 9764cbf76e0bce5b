package org.schooljournal.batch.archive;

import jakarta.ejb.ScheduleExpression;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * When a scheduled archive job runs, as an administrator writes it: {@code HH:MM} (daily), {@code
 * Sun HH:MM} (weekly on that day: Mon … Sun), or {@code off}. Read from a system property or the
 * environment variable of the same meaning; the time is the municipality's.
 */
public final class ScheduleSetting {
    private static final Pattern FORMAT =
            Pattern.compile("(?:(mon|tue|wed|thu|fri|sat|sun)\\s+)?([01]?\\d|2[0-3]):([0-5]\\d)");

    private ScheduleSetting() {}

    /**
     * The schedule of a setting, empty for {@code off}.
     *
     * @throws IllegalArgumentException for anything else, naming the setting
     */
    public static Optional<ScheduleExpression> parse(String setting, String zone) {
        String value = setting.strip().toLowerCase(Locale.ROOT);
        if (value.equals("off")) {
            return Optional.empty();
        }
        Matcher m = FORMAT.matcher(value);
        if (!m.matches()) {
            throw new IllegalArgumentException(
                    "Not a schedule: '" + setting + "' (HH:MM, Sun HH:MM or off)");
        }
        ScheduleExpression schedule =
                new ScheduleExpression()
                        .dayOfWeek(m.group(1) == null ? "*" : m.group(1))
                        .hour(Integer.parseInt(m.group(2)))
                        .minute(Integer.parseInt(m.group(3)))
                        .second(0)
                        .timezone(zone);
        return Optional.of(schedule);
    }

    /** The system property, else the environment variable, else the default. */
    public static String read(String property, String variable, String fallback) {
        String value = System.getProperty(property);
        if (value == null || value.isBlank()) {
            value = System.getenv(variable);
        }
        return value == null || value.isBlank() ? fallback : value;
    }
}
