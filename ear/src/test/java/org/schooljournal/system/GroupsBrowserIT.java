package org.schooljournal.system;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.schooljournal.testing.Demo;

/**
 * The deputy head's groups screen on the EAR: a class split for a subject, and a pupil's individual
 * plan. Works on a 6th class, which no other browser test changes (ImportBrowserIT fills 9 «А»,
 * SetupBrowserIT times 5 «А» and 5 «Б»).
 */
class GroupsBrowserIT extends BrowserTest {
    /** 6 «Б» where the demo school is big enough to have one, else 6 «А», which it always has. */
    private static String sixthClass(GroupsPage page) {
        return page.classes().contains("6 «Б»") ? "6 «Б»" : "6 «А»";
    }

    @Test
    @DisplayName(
            "R-S06 R-S07 a deputy splits a class into two groups for a subject and takes a pupil's subject out of the plan")
    void splitAndIndividualPlan() throws Exception {
        signIn("s1.deputy", Demo.PASSWORD);
        GroupsPage page = new GroupsPage(this).open();
        String sixth = sixthClass(page);

        page.split(sixth, "Информатика", 2);
        screenshot("groups-split");

        assertThat(page.messages()).contains("Созданы группы");
        assertThat(page.groups())
                .contains("Информатика, гр. 1", "Информатика, гр. 2", "подгруппа класса", sixth);

        String[] pupil =
                page.planFirstPupil(sixth, "Информатика", "не изучает", "по заявлению родителей")
                        .split(" ");
        screenshot("groups-individual-plan");

        assertThat(page.planLines())
                .contains(pupil[0] + " " + pupil[1], sixth, "Информатика", "не изучает");
    }
}
