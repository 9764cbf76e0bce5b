package org.schooljournal.archive.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import org.omnifaces.util.Messages;
import org.schooljournal.batch.boundary.ArchiveJob;
import org.schooljournal.batch.boundary.ArchiveJobs;
import org.schooljournal.batch.boundary.JobRunData;
import org.schooljournal.batch.boundary.ScheduledRunData;
import org.schooljournal.identity.web.Texts;
import org.schooljournal.school.boundary.Municipality;
import org.schooljournal.school.boundary.SchoolCount;

/**
 * The archivist's jobs screen: start a job for a year and schools (every school unless some are
 * picked), follow the running ones with a progress bar per school and in total, stop, restart,
 * abandon. Refusals become the page's message (RefusalExceptionHandler).
 */
@Named("archiveJobs")
@ViewScoped
public class ArchiveJobsView implements Serializable {
    private static final long serialVersionUID = 1L;

    @Inject ArchiveJobs jobs;

    @Inject Municipality municipality;

    private List<SchoolCount> schools;
    private List<String> years;
    private ArchiveJob job = ArchiveJob.PRINT;
    private String year;
    private List<Long> schoolIds = new ArrayList<>();
    private boolean draft;
    private transient List<JobRunData> runs;
    private transient List<ScheduledRunData> scheduled;

    @PostConstruct
    void init() {
        schools = municipality.schools();
        years = jobs.years();
        year = jobs.lastEndedYear();
    }

    public void start() {
        long execution = jobs.start(job, year, schoolIds, draft);
        runs = null;
        Messages.addGlobalInfo(Texts.get("archiveJobs.started"), execution);
    }

    public void stop(long executionId) {
        jobs.stop(executionId);
        runs = null;
    }

    public void restart(long executionId) {
        jobs.restart(executionId);
        runs = null;
    }

    public void abandon(long executionId) {
        jobs.abandon(executionId);
        runs = null;
    }

    /** The latest runs, read once per request. */
    public List<JobRunData> getRuns() {
        if (runs == null) {
            runs = jobs.recent();
        }
        return runs;
    }

    /** The scheduled transfer and check with their next runs, read once per view. */
    public List<ScheduledRunData> getScheduled() {
        if (scheduled == null) {
            scheduled = jobs.scheduled();
        }
        return scheduled;
    }

    /** Polling goes on while a run is going. */
    public boolean isAnyRunning() {
        return getRuns().stream().anyMatch(JobRunData::running);
    }

    public ArchiveJob[] getJobKinds() {
        return ArchiveJob.values();
    }

    public List<SchoolCount> getSchools() {
        return schools;
    }

    public List<String> getYears() {
        return years;
    }

    public ArchiveJob getJob() {
        return job;
    }

    public void setJob(ArchiveJob job) {
        this.job = job;
    }

    public String getYear() {
        return year;
    }

    public void setYear(String year) {
        this.year = year;
    }

    public List<Long> getSchoolIds() {
        return schoolIds;
    }

    public void setSchoolIds(List<Long> schoolIds) {
        this.schoolIds = schoolIds == null ? new ArrayList<>() : schoolIds;
    }

    public boolean isDraft() {
        return draft;
    }

    public void setDraft(boolean draft) {
        this.draft = draft;
    }
}
