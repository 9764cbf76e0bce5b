package org.schooljournal.diary.boundary;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.schooljournal.diary.entity.ParentMessage;

/**
 * What a journal's teacher may send from the journal (R-J13): the rule is {@link
 * ParentMessage.Kind#fromJournal()}, and {@link ParentMessages#journalKinds()} offers the journal's
 * form exactly the kinds it allows (its {@code post} refuses the rest by the same rule).
 */
class ParentMessagesTest {
    @Test
    @DisplayName(
            "R-J13 R-A06 a journal's teacher sends a message or a recommendation from the journal,"
                    + " never the reminder that is the acknowledgement screen's")
    void noReminderFromJournal() {
        assertThat(ParentMessages.journalKinds())
                .containsExactly(ParentMessage.Kind.MESSAGE, ParentMessage.Kind.RECOMMENDATION)
                .allMatch(ParentMessage.Kind::fromJournal);
        assertThat(ParentMessage.Kind.REMINDER.fromJournal()).isFalse();
    }
}
