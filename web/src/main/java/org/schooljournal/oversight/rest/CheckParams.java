package org.schooljournal.oversight.rest;

import jakarta.ws.rs.QueryParam;
import org.schooljournal.oversight.boundary.CheckFilter;

/**
 * The filter every check, report and export takes, each part optional: {@code period} (default: the
 * running one), {@code class}, {@code teacher} (a member of staff), {@code subject}. One
 * {@code @BeanParam} instead of the same four query parameters on each endpoint.
 */
public class CheckParams {
    @QueryParam("period")
    Long period;

    @QueryParam("class")
    Long classId;

    @QueryParam("teacher")
    Long teacher;

    @QueryParam("subject")
    Long subject;

    CheckFilter filter() {
        return new CheckFilter(period, classId, teacher, subject);
    }
}
