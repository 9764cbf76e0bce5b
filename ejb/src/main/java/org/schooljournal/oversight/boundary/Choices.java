package org.schooljournal.oversight.boundary;

import java.util.List;

/** What the deputy can filter the checks by: the year's periods, classes, teachers, subjects. */
public record Choices(
        List<Choice> periods,
        List<Choice> classes,
        List<Choice> teachers,
        List<Choice> subjects,
        Long currentPeriodId) {
    public record Choice(long id, String name) {}
}
