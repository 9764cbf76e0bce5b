package org.schooljournal.oversight.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.schooljournal.oversight.boundary.CheckFilter;

class ReportFilterTest {
    /** The smallest page with the filter. */
    static final class Page extends ReportFilter {
        private static final long serialVersionUID = 1L;
    }

    @Test
    @DisplayName("R-O01 the export's address carries every chosen part of the page's filter")
    void exportAddress() {
        Page page = new Page();
        page.setPeriodId(7L);
        page.setTeacherId(12L);
        assertThat(page.withFilter(new StringBuilder("/api/x.csv?lang=ru")))
                .isEqualTo("/api/x.csv?lang=ru&period=7&teacher=12");
        page.setClassId(3L);
        page.setSubjectId(5L);
        assertThat(page.withFilter(new StringBuilder("/api/x.pdf?lang=en")))
                .isEqualTo("/api/x.pdf?lang=en&period=7&class=3&teacher=12&subject=5");
    }

    @Test
    @DisplayName("R-C01 the reports read the filter the page shows")
    void boundaryFilter() {
        Page page = new Page();
        page.setPeriodId(7L);
        page.setClassId(3L);
        page.setSubjectId(5L);
        assertThat(page.filter()).isEqualTo(new CheckFilter(7L, 3L, null, 5L));
    }
}
