package org.schooljournal.school.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.text.MessageFormat;
import java.util.List;
import java.util.ResourceBundle;
import org.schooljournal.identity.web.SessionView;
import org.schooljournal.identity.web.Texts;
import org.schooljournal.oversight.boundary.HomeworkLoadReport;
import org.schooljournal.platform.web.EditedValue;
import org.schooljournal.platform.web.SetupTable;
import org.schooljournal.school.boundary.SubjectData;
import org.schooljournal.school.boundary.Subjects;
import org.schooljournal.school.entity.Grading;

/**
 * The deputy head's subjects screen (R-S03, R-S14): the federal list added in one step, the
 * school's own subjects, and the grading system of each, saved as soon as it is chosen. A grading
 * the marks already given would not fit is refused and the select shows the old one again. Each
 * subject's default homework minutes (R-C01's homework volume) are saved as typed; emptied, the
 * model's default applies.
 */
@Named("subjects")
@ViewScoped
public class SubjectsView extends SetupTable<SubjectsView.Row> {
    private static final long serialVersionUID = 1L;

    @Inject Subjects subjects;

    @Inject SessionView session;

    private Grading grading = Grading.FIVE_POINT;

    /**
     * The homework minutes' help: the range a subject's minutes may take and the model's default,
     * both from the code that applies them, not written again in the texts.
     */
    public String getHomeworkMinutesHelp() {
        return homeworkMinutesHelp(Texts.bundle(), HomeworkLoadReport.DEFAULT_HOMEWORK_MINUTES);
    }

    public int getHomeworkMinutesMax() {
        return SubjectData.HOMEWORK_MINUTES_MAX;
    }

    static String homeworkMinutesHelp(ResourceBundle texts, int defaultMinutes) {
        return MessageFormat.format(
                texts.getString("subjects.homeworkMinutes.help"),
                1,
                SubjectData.HOMEWORK_MINUTES_MAX,
                defaultMinutes);
    }

    @Override
    protected List<Row> fetch() {
        return subjects.all().stream().map(Row::new).toList();
    }

    /** Adds the federal subjects the school lacks. */
    public void seedFederal() {
        int added = subjects.seedFederal();
        load();
        said("subjects.seeded", added);
    }

    /** Adds a subject of the school's own component. */
    public void add() {
        String name = newName("subjects.nameRequired", grading);
        if (name == null) {
            return;
        }
        SubjectData added = subjects.add(name, grading);
        added();
        said("subjects.added", added.name());
    }

    /** Saves the grading just chosen in the row; on a refusal the row shows the saved one again. */
    public void changeGrading(Row row) {
        if (row.grading.save(
                grading -> subjects.changeGrading(row.id, grading).grading(),
                session.getLocale())) {
            said("subjects.saved", row.name);
        }
    }

    /** Saves the homework minutes just typed in the row (empty clears them). */
    public void changeHomeworkMinutes(Row row) {
        if (row.homeworkMinutes.save(
                minutes -> subjects.changeHomeworkMinutes(row.id, minutes).homeworkMinutes(),
                session.getLocale())) {
            said("subjects.homeworkMinutes.saved", row.name);
        }
    }

    public Grading[] getGradings() {
        return Grading.values();
    }

    public Grading getGrading() {
        return grading;
    }

    public void setGrading(Grading grading) {
        this.grading = grading;
    }

    /** A subject in the table, with its grading as chosen and as saved. */
    public static final class Row implements Serializable {
        private static final long serialVersionUID = 1L;

        private final long id;
        private final String name;
        private final boolean federal;
        private final long assignments;
        private final EditedValue<Grading> grading;
        private final EditedValue<Integer> homeworkMinutes;

        Row(SubjectData view) {
            this.id = view.id();
            this.name = view.name();
            this.federal = view.federal();
            this.assignments = view.assignments();
            this.grading = EditedValue.of(view.grading());
            this.homeworkMinutes = EditedValue.clearable(view.homeworkMinutes());
        }

        public long getId() {
            return id;
        }

        public String getName() {
            return name;
        }

        public boolean isFederal() {
            return federal;
        }

        public long getAssignments() {
            return assignments;
        }

        /* typed for the page: the enum converter needs the property's own type */
        public Grading getGrading() {
            return grading.getValue();
        }

        public void setGrading(Grading chosen) {
            grading.setValue(chosen);
        }

        public Integer getHomeworkMinutes() {
            return homeworkMinutes.getValue();
        }

        public void setHomeworkMinutes(Integer minutes) {
            homeworkMinutes.setValue(minutes);
        }
    }
}
