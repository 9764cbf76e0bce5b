package org.schooljournal.journal.web;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.json.Json;
import jakarta.json.JsonObjectBuilder;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.TextStyle;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.stream.Collectors;
import org.schooljournal.identity.web.Texts;
import org.schooljournal.journal.boundary.JournalPage;
import org.schooljournal.journal.boundary.JournalSummary;
import org.schooljournal.journal.boundary.Journals;
import org.schooljournal.journal.entity.Lesson;
import org.schooljournal.platform.control.Messages;
import org.schooljournal.platform.control.SchoolClock;

/**
 * The journal screens: the list of the caller's journals and a month's page of one (R-J01). The
 * grid is rendered as plain markup; each cell is saved on its own through the REST API, so a page
 * of 35 pupils × 20 lessons stays light.
 */
@Named("journal")
@RequestScoped
public class JournalView {
    @EJB Journals journals;

    @Inject SchoolClock schoolClock;

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd.MM");

    private Long id;
    private String month;
    private JournalPage page;

    public List<JournalSummary> getAvailable() {
        return journals.available();
    }

    public void load() {
        if (id != null) {
            page = journals.page(id, firstDay());
        }
    }

    private LocalDate firstDay() {
        try {
            return month == null || month.isBlank()
                    ? schoolClock.today().withDayOfMonth(1)
                    : YearMonth.parse(month).atDay(1);
        } catch (DateTimeParseException e) {
            return schoolClock.today().withDayOfMonth(1);
        }
    }

    public JournalPage getPage() {
        return page;
    }

    public String shown(LocalDate date) {
        return org.schooljournal.platform.control.Dates.shown(date);
    }

    /**
     * A lesson's date in the lessons table: the month is in the page header (journal-conventions).
     */
    public String day(LocalDate date) {
        return date == null ? "" : date.format(DAY);
    }

    /** What a grid cell reads: «Б/4», «5/4к» (CellText). */
    public String cellValue(long lessonId, long pupilId) {
        return page.cellAt(lessonId, pupilId);
    }

    /**
     * The work types for the grid's script: «NAME=letter=title» joined by «;», in the caller's
     * language.
     */
    public String getWorkTypes() {
        return page.workTypes().stream()
                .map(w -> w.name() + "=" + w.code() + "=" + Texts.get("workType." + w.name()))
                .collect(Collectors.joining(";"));
    }

    /**
     * The grid script's texts as a JSON object (key → text with {0} for an argument), in the view's
     * language: the screens' bundle for its own texts, the refusals' bundle for a cell it cannot
     * read (the same sentence the server gives), so that no text is translated in JS.
     */
    public String getScriptTexts() {
        ResourceBundle bundle = Texts.bundle();
        JsonObjectBuilder texts = Json.createObjectBuilder();
        for (String key : SCRIPT_TEXTS) {
            texts.add(key, bundle.getString(key));
        }
        Locale locale = org.omnifaces.util.Faces.getLocale();
        for (String key : SCRIPT_REFUSALS) {
            // MessageFormat fills {0} with "{0}": the script puts the work type's title there
            texts.add(key, Messages.text(locale, key, "{0}"));
        }
        return texts.build().toString();
    }

    private static final List<String> SCRIPT_TEXTS =
            List.of(
                    "journal.script.notSaved",
                    "journal.script.signInAgain",
                    "journal.script.sessionEnded",
                    "journal.script.offline",
                    "journal.script.lessonOffline",
                    "journal.lateHint");

    private static final List<String> SCRIPT_REFUSALS =
            List.of("cell.attendanceTwice", "cell.markTwice");

    /** The legend of the work-type letters under the grid: «к — контрольная работа, …». */
    public String getWorkTypeLegend() {
        return letters() + weights();
    }

    /** «; веса в среднем: контрольная работа ×2» where a school weighs a type other than 1. */
    private String weights() {
        String weighed =
                page.workTypes().stream()
                        .filter(
                                w ->
                                        w.used()
                                                && w.weight().compareTo(java.math.BigDecimal.ONE)
                                                        != 0)
                        .map(
                                w ->
                                        Texts.get("workType." + w.name()).toLowerCase(Locale.ROOT)
                                                + " ×"
                                                + org.schooljournal.platform.web.Decimals.plain(
                                                        w.weight(),
                                                        org.omnifaces.util.Faces.getLocale()))
                        .collect(Collectors.joining(", "));
        return weighed.isEmpty() ? "" : ". " + Texts.get("journal.weights") + ": " + weighed;
    }

    private String letters() {
        return page.workTypes().stream()
                .filter(w -> w.used() && !w.code().isEmpty())
                .map(
                        w ->
                                w.code()
                                        + " — "
                                        + Texts.get("workType." + w.name())
                                                .toLowerCase(Locale.ROOT))
                .collect(Collectors.joining(", "));
    }

    public int getMaxTopic() {
        return Lesson.MAX_TOPIC;
    }

    public int getMaxHomework() {
        return Lesson.MAX_HOMEWORK;
    }

    public String getAllowedMarks() {
        return String.join(" ", page.allowedMarks());
    }

    public String getPreviousMonth() {
        return YearMonth.from(page.month()).minusMonths(1).toString();
    }

    public String getNextMonth() {
        return YearMonth.from(page.month()).plusMonths(1).toString();
    }

    public String monthName(Locale locale) {
        return page.month().getMonth().getDisplayName(TextStyle.FULL_STANDALONE, locale)
                + " "
                + page.month().getYear();
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public String getMonth() {
        return month;
    }

    public void setMonth(String month) {
        this.month = month;
    }
}
