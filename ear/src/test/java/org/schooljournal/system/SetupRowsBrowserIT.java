package org.schooljournal.system;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.schooljournal.testing.Demo;

/**
 * The setup tables' rows saved as they are typed or chosen (EditedValue): a room of its own,
 * renamed, a rename refused, removed again; a class's shift refused by its bells.
 */
class SetupRowsBrowserIT extends BrowserTest {
    @Test
    @DisplayName(
            "R-S04 a room renamed in its row is saved at once; a name another room has is refused with why, and the row shows the saved name again")
    void renameARoom() throws Exception {
        signIn("s1.deputy", Demo.PASSWORD);
        RoomsPage rooms = new RoomsPage(this).open();
        String mine = "T" + System.currentTimeMillis() % 1_000_000_000L;
        rooms.add(mine);
        assertThat(rooms.messages()).contains("Кабинет «" + mine + "» добавлен");
        String other =
                rooms.names().stream().filter(n -> !n.equals(mine)).findFirst().orElseThrow();

        String renamed = mine + "a";
        rooms.rename(rooms.rowOf(mine), renamed);
        assertThat(rooms.messages()).contains("Кабинет переименован в «" + renamed + "»");

        int row = rooms.rowOf(renamed);
        rooms.rename(row, other);
        screenshot("setup-rooms-rename-refused");
        assertThat(rooms.messages()).contains("Кабинет «" + other + "» в школе уже есть");
        assertThat(rooms.nameField(row).getAttribute("value")).isEqualTo(renamed);

        rooms.open();
        assertThat(rooms.names()).contains(renamed).doesNotContain(mine);
        rooms.remove(rooms.rowOf(renamed));
        assertThat(rooms.names()).doesNotContain(renamed);
    }

    @Test
    @DisplayName(
            "R-S10 a class's shift chosen in its row is saved at once; the second shift on the first shift's bells is refused with why, and the row shows the stored shift again")
    void secondShiftRefusedByTheBells() throws Exception {
        signIn("s1.deputy", Demo.PASSWORD);
        BellsPage bells = new BellsPage(this).open();
        int row = bells.firstOnMainSchedule();
        String title = bells.classes().get(row);
        assertThat(bells.chosen(row, "shift")).isEqualTo("1");

        bells.chooseShift(row, 2);
        screenshot("setup-bells-second-shift-refused");
        assertThat(bells.messages()).contains(title, "08:30");
        assertThat(bells.chosen(row, "shift")).as("the stored shift again").isEqualTo("1");
        bells.open();
        assertThat(bells.chosen(bells.classes().indexOf(title), "shift")).isEqualTo("1");
    }
}
