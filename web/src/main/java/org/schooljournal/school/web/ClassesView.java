package org.schooljournal.school.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import org.omnifaces.util.Messages;
import org.schooljournal.identity.web.SessionView;
import org.schooljournal.identity.web.Texts;
import org.schooljournal.platform.web.EditedValue;
import org.schooljournal.school.boundary.ClassSummary;
import org.schooljournal.school.boundary.Classes;
import org.schooljournal.school.boundary.StaffMember;
import org.schooljournal.school.boundary.StaffMembers;

/**
 * The classes screen (R-S05): the school's classes with their homeroom teachers, chosen in the row
 * and saved at once, and a new class with its grade, letter and homeroom teacher.
 */
@Named("classes")
@ViewScoped
public class ClassesView implements Serializable {
    private static final long serialVersionUID = 1L;

    /** The letters of Russian classes, as a select offers them. */
    private static final List<String> LETTERS =
            List.of(
                    "А", "Б", "В", "Г", "Д", "Е", "Ж", "З", "И", "К", "Л", "М", "Н", "О", "П", "Р",
                    "С", "Т", "У", "Ф", "Х", "Ц", "Ч", "Ш", "Щ", "Э", "Ю", "Я");

    @Inject Classes classes;

    @Inject StaffMembers staffMembers;

    @Inject SessionView session;

    private final List<Row> rows = new ArrayList<>();
    private final List<Teacher> teachers = new ArrayList<>();
    private Integer grade;
    private String letter = "А";
    private Long classTeacherId;

    @PostConstruct
    void init() {
        teachers.clear();
        for (StaffMember s : staffMembers.all()) {
            if (s.dismissedOn() != null) {
                continue; // R-A04: a dismissed person leads no class
            }
            teachers.add(new Teacher(s.id(), s.shortName() + " — " + s.position()));
        }
        load();
    }

    private void load() {
        rows.clear();
        classes.all().forEach(c -> rows.add(new Row(c)));
    }

    public void create() {
        if (grade == null || letter == null || letter.isBlank()) {
            Messages.addGlobalError(Texts.get("classes.required"));
            return;
        }
        ClassSummary created = classes.create(grade, letter, classTeacherId);
        load();
        classTeacherId = null;
        Messages.addGlobalInfo(MessageFormat.format(Texts.get("classes.created"), created.title()));
    }

    /** Saves the homeroom teacher chosen in the row; on a refusal the row shows the saved one. */
    public void assignClassTeacher(Row row) {
        if (row.classTeacherId.save(
                chosen -> classes.assignClassTeacher(row.id, chosen).classTeacherId(),
                session.getLocale())) {
            Messages.addGlobalInfo(MessageFormat.format(Texts.get("classes.saved"), row.title));
        }
    }

    public List<Integer> getGrades() {
        List<Integer> grades = new ArrayList<>();
        for (int g = 1; g <= 11; g++) {
            grades.add(g);
        }
        return grades;
    }

    public List<String> getLetters() {
        return LETTERS;
    }

    public List<Teacher> getTeachers() {
        return teachers;
    }

    public List<Row> getRows() {
        return rows;
    }

    public Integer getGrade() {
        return grade;
    }

    public void setGrade(Integer grade) {
        this.grade = grade;
    }

    public String getLetter() {
        return letter;
    }

    public void setLetter(String letter) {
        this.letter = letter;
    }

    public Long getClassTeacherId() {
        return classTeacherId;
    }

    public void setClassTeacherId(Long classTeacherId) {
        this.classTeacherId = classTeacherId;
    }

    /** A member of staff as the homeroom teacher select offers it. */
    public record Teacher(long id, String label) implements Serializable {
        public long getId() {
            return id;
        }

        public String getLabel() {
            return label;
        }
    }

    /** A class in the table, with the homeroom teacher being chosen and the one saved. */
    public static final class Row implements Serializable {
        private static final long serialVersionUID = 1L;

        private final long id;
        private final String title;
        private final long pupils;
        /* no homeroom teacher (null) is a choice too */
        private final EditedValue<Long> classTeacherId;

        Row(ClassSummary view) {
            this.id = view.id();
            this.title = view.title();
            this.pupils = view.pupils();
            this.classTeacherId = EditedValue.clearable(view.classTeacherId());
        }

        public long getId() {
            return id;
        }

        public String getTitle() {
            return title;
        }

        public long getPupils() {
            return pupils;
        }

        public Long getClassTeacherId() {
            return classTeacherId.getValue();
        }

        public void setClassTeacherId(Long chosen) {
            classTeacherId.setValue(chosen);
        }
    }
}
