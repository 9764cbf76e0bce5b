package org.schooljournal.school.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Comparator;
import java.util.List;
import org.schooljournal.people.boundary.PupilMovements;
import org.schooljournal.platform.entity.Role;
import org.schooljournal.school.boundary.Classes;
import org.schooljournal.school.boundary.StaffMembers;
import org.schooljournal.school.boundary.Subjects;

/**
 * The choosers of the groups screen (R-S06, R-S07, R-S08): classes, subjects, teachers and a
 * class's pupils, each read once per view however many forms on the page offer it.
 */
@Named("groupChoosers")
@ViewScoped
public class GroupChoosers implements Serializable {
    private static final long serialVersionUID = 1L;

    @Inject Classes classes;
    @Inject Subjects subjects;
    @Inject StaffMembers staff;
    @Inject PupilMovements movements;

    private List<Choice> classList;
    private List<Choice> subjectList;
    private List<Choice> teacherList;

    public List<Choice> getClasses() {
        if (classList == null) {
            classList = classes.all().stream().map(c -> new Choice(c.id(), c.title())).toList();
        }
        return classList;
    }

    public List<Choice> getSubjects() {
        if (subjectList == null) {
            subjectList = subjects.all().stream().map(s -> new Choice(s.id(), s.name())).toList();
        }
        return subjectList;
    }

    /** Only staff holding the teacher role: the load service refuses anyone else. */
    public List<Choice> getTeachers() {
        if (teacherList == null) {
            teacherList =
                    staff.all().stream()
                            .filter(s -> s.roles().contains(Role.TEACHER))
                            .filter(s -> s.dismissedOn() == null) // R-A04
                            .map(s -> new Choice(s.id(), s.shortName()))
                            .sorted(Comparator.comparing(Choice::label))
                            .toList();
        }
        return teacherList;
    }

    /** The pupils still studying in a class (a withdrawn pupil joins no group). */
    public List<Choice> pupilsOf(Long classId) {
        if (classId == null) {
            return List.of();
        }
        return movements.pupilsOf(classId).stream()
                .filter(p -> p.withdrawnOn() == null)
                .map(p -> new Choice(p.id(), p.name()))
                .toList();
    }

    /** An item of a chooser. */
    public record Choice(long id, String label) implements Serializable {}
}
