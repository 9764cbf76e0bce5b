package org.schooljournal.diary.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.schooljournal.diary.boundary.FamilyAccessList.ClassChoice;

class ClassPageTest {
    /** A page that remembers which classes it loaded. */
    static final class Page extends ClassPage {
        private static final long serialVersionUID = 1L;
        final List<Long> loaded = new ArrayList<>();

        @Override
        public void load() {
            loaded.add(getClassId());
        }
    }

    @Test
    @DisplayName("R-A04 R-A05 R-A06 the family screens open on the first of the caller's classes")
    void opensTheFirstClass() {
        Page page = new Page();
        page.offer(List.of(new ClassChoice(4, "5 «А»"), new ClassChoice(9, "6 «Б»")));
        assertThat(page.getClassId()).isEqualTo(4L);
        assertThat(page.loaded).containsExactly(4L);
        assertThat(page.getClasses()).extracting(ClassChoice::classId).containsExactly(4L, 9L);
    }

    @Test
    @DisplayName("R-A04 a caller without a class gets an empty choice and nothing is read")
    void noClass() {
        Page page = new Page();
        page.offer(List.of());
        assertThat(page.getClassId()).isNull();
        assertThat(page.loaded).isEmpty();
        assertThat(page.getClasses()).isEmpty();
    }
}
