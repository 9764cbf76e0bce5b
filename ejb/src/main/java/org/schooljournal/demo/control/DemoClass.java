package org.schooljournal.demo.control;

/**
 * A class of a school.
 *
 * @param index position in {@link DemoSchool#classes()}
 * @param classTeacher its class teacher, or {@code null} if no teacher was free for it
 */
public record DemoClass(int index, int grade, String letter, DemoStaff classTeacher) {
    /** 5 «А». */
    public String title() {
        return grade + " «" + letter + "»";
    }
}
