package org.schooljournal.journal.control;

import java.util.List;

/**
 * The КТП's topic for a journal's n-th lesson of the year (R-J02, R-S09): topics follow one another
 * in the plan's order, each taking as many lessons as its hours. Only a suggestion: the teacher
 * writes the topic actually taught.
 */
public final class TopicSuggestion {
    /** A topic of the plan and its hours. */
    public record Topic(String title, int hours) {}

    private final List<Topic> topics;

    public TopicSuggestion(List<Topic> topics) {
        this.topics = List.copyOf(topics);
    }

    /** The topic of lesson {@code ordinal} (1 for the year's first), or null past the plan. */
    public String forLesson(int ordinal) {
        int covered = 0;
        for (Topic t : topics) {
            covered += Math.max(t.hours(), 0);
            if (ordinal <= covered) {
                return t.title();
            }
        }
        return null;
    }

    public List<String> titles() {
        return topics.stream().map(Topic::title).toList();
    }
}
