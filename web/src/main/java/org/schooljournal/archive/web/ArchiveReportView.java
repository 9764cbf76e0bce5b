package org.schooljournal.archive.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.schooljournal.batch.boundary.ArchiveJobs;
import org.schooljournal.batch.boundary.JobRunData;
import org.schooljournal.batch.boundary.ReportLineData;

/** A run's report: per school and class what was printed, refused (who must close what), moved. */
@Named("archiveReport")
@ViewScoped
public class ArchiveReportView implements Serializable {
    private static final long serialVersionUID = 1L;

    @Inject ArchiveJobs jobs;

    private Long run;
    private transient JobRunData data;
    private transient List<ReportLineData> lines;

    public JobRunData getData() {
        if (data == null && run != null) {
            data = jobs.run(run);
        }
        return data;
    }

    public List<ReportLineData> getLines() {
        if (lines == null && run != null) {
            lines = jobs.report(run);
        }
        return lines;
    }

    public Long getRun() {
        return run;
    }

    public void setRun(Long run) {
        this.run = run;
    }
}
