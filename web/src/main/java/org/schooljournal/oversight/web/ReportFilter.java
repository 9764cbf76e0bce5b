package org.schooljournal.oversight.web;

import java.io.Serializable;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.schooljournal.oversight.boundary.CheckFilter;

/**
 * The filter the administration's report pages share: period, class, teacher and subject as the
 * page's fields, as the boundary's {@link CheckFilter}, and in an export's address, so that a
 * download shows what the page shows (R-O01).
 */
public abstract class ReportFilter implements Serializable {
    private static final long serialVersionUID = 1L;

    private Long periodId;
    private Long classId;
    private Long teacherId;
    private Long subjectId;

    protected CheckFilter filter() {
        return new CheckFilter(periodId, classId, teacherId, subjectId);
    }

    /** The export's address with every chosen part of the filter. */
    protected String withFilter(StringBuilder url) {
        param(url, "period", periodId);
        param(url, "class", classId);
        param(url, "teacher", teacherId);
        param(url, "subject", subjectId);
        return url.toString();
    }

    /** {@code &name=value}, when there is a value. */
    protected static void param(StringBuilder url, String name, Long value) {
        if (value != null) {
            url.append('&')
                    .append(name)
                    .append('=')
                    .append(URLEncoder.encode(value.toString(), StandardCharsets.UTF_8));
        }
    }

    public Long getPeriodId() {
        return periodId;
    }

    public void setPeriodId(Long periodId) {
        this.periodId = periodId;
    }

    public Long getClassId() {
        return classId;
    }

    public void setClassId(Long classId) {
        this.classId = classId;
    }

    public Long getTeacherId() {
        return teacherId;
    }

    public void setTeacherId(Long teacherId) {
        this.teacherId = teacherId;
    }

    public Long getSubjectId() {
        return subjectId;
    }

    public void setSubjectId(Long subjectId) {
        this.subjectId = subjectId;
    }
}
