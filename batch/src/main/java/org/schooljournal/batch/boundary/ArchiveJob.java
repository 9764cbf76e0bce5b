package org.schooljournal.batch.boundary;

/** The archive's jobs, each with its job XML's name (META-INF/batch-jobs). */
public enum ArchiveJob {
    PRINT("year-end-print"),
    TRANSFER("archive-transfer"),
    CHECK("archive-check");

    private final String jobName;

    ArchiveJob(String jobName) {
        this.jobName = jobName;
    }

    public String jobName() {
        return jobName;
    }

    /** The job of that XML name; null for any other job (the pupil import). */
    public static ArchiveJob of(String jobName) {
        for (ArchiveJob job : values()) {
            if (job.jobName.equals(jobName)) {
                return job;
            }
        }
        return null;
    }
}
