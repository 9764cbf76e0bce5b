package org.schooljournal.journal.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import java.text.MessageFormat;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.schooljournal.identity.web.Texts;

/**
 * Period names and special period marks in the view's language (texts only at the edges): the
 * boundaries name periods as the school order does («1-я четверть», short «I ч», «год») and keep
 * the marks «осв» and «н/а» as stored; the screens show them from the bundle, so an English reader
 * sees «Quarter 1», «Q1», «exempt».
 */
@Named("periodNames")
@ApplicationScoped
public class PeriodNames {
    private static final Pattern FULL =
            Pattern.compile("(\\d+)-[яйе] (четверть|триместр|полугодие)(.*)");
    private static final Pattern SHORT = Pattern.compile("([IVX]+|\\d+) (ч|тр|п/г)");
    private static final String[] ROMAN = {"I", "II", "III", "IV", "V", "VI"};

    /** «1-я четверть» → «1-я четверть» / «Quarter 1»; «год» → «год» / «Year». */
    public String full(String title) {
        if (title == null) {
            return "";
        }
        if ("год".equals(title.strip())) {
            return Texts.get("period.year");
        }
        Matcher m = FULL.matcher(title.strip());
        if (!m.matches()) {
            return title;
        }
        return MessageFormat.format(Texts.get("period." + kind(m.group(2))), m.group(1))
                + m.group(3);
    }

    /** The column head: «1-я четверть» or «I ч» → «I ч» / «Q1»; «1-е полугодие» → «1 п/г». */
    public String shortName(String title) {
        if (title == null) {
            return "";
        }
        String t = title.strip();
        if ("год".equals(t)) {
            return Texts.get("period.year.short");
        }
        Matcher full = FULL.matcher(t);
        if (full.matches() && full.group(3).isEmpty()) {
            return shortOf(Integer.parseInt(full.group(1)), kind(full.group(2)));
        }
        Matcher brief = SHORT.matcher(t);
        if (brief.matches()) {
            String kind =
                    switch (brief.group(2)) {
                        case "ч" -> "quarter";
                        case "тр" -> "trimester";
                        default -> "half";
                    };
            return shortOf(number(brief.group(1)), kind);
        }
        return title;
    }

    /** «осв» → «осв» / «exempt», «н/а» → «н/а» / «n/a»; any other mark as it is. */
    public String mark(String mark) {
        if (mark == null) {
            return "";
        }
        return switch (mark.strip()) {
            case "осв" -> Texts.get("periodMark.exempt");
            case "н/а" -> Texts.get("periodMark.notAttested");
            default -> mark;
        };
    }

    private static String shortOf(int n, String kind) {
        String roman = n >= 1 && n <= ROMAN.length ? ROMAN[n - 1] : String.valueOf(n);
        return MessageFormat.format(Texts.get("period." + kind + ".short"), roman, n);
    }

    private static String kind(String russian) {
        return switch (russian) {
            case "четверть" -> "quarter";
            case "триместр" -> "trimester";
            default -> "half";
        };
    }

    private static int number(String romanOrArabic) {
        for (int i = 0; i < ROMAN.length; i++) {
            if (ROMAN[i].equals(romanOrArabic)) {
                return i + 1;
            }
        }
        return Integer.parseInt(romanOrArabic);
    }
}
