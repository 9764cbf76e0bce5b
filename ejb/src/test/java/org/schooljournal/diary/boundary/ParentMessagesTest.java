package org.schooljournal.diary.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.schooljournal.diary.entity.ParentMessage;

/** The journal's message form offers only what ParentMessages.post takes from a journal. */
class ParentMessagesViewTest {
    @Test
    @DisplayName(
            "R-J13 R-A06 the journal's message form offers a message and a recommendation, never the"
                    + " reminder the service refuses from a journal")
    void noReminderOffered() {
        assertThat(new ParentMessagesView().getKinds())
                .containsExactly(ParentMessage.Kind.MESSAGE, ParentMessage.Kind.RECOMMENDATION)
                .allMatch(ParentMessage.Kind::fromJournal);
        assertThat(ParentMessage.Kind.REMINDER.fromJournal()).isFalse();
    }
}
