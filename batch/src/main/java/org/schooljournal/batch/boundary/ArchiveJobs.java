package org.schooljournal.batch.boundary;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.batch.operations.JobExecutionAlreadyCompleteException;
import jakarta.batch.operations.JobExecutionIsRunningException;
import jakarta.batch.operations.JobExecutionNotMostRecentException;
import jakarta.batch.operations.JobExecutionNotRunningException;
import jakarta.batch.operations.JobOperator;
import jakarta.batch.operations.JobRestartException;
import jakarta.batch.operations.NoSuchJobException;
import jakarta.batch.operations.NoSuchJobExecutionException;
import jakarta.batch.runtime.BatchRuntime;
import jakarta.batch.runtime.BatchStatus;
import jakarta.batch.runtime.JobExecution;
import jakarta.batch.runtime.JobInstance;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import org.schooljournal.archive.boundary.BookKind;
import org.schooljournal.archive.boundary.PrintedBook;
import org.schooljournal.archive.boundary.YearEndPrints;
import org.schooljournal.batch.archive.Digest;
import org.schooljournal.batch.archive.JobReports;
import org.schooljournal.batch.archive.SchoolIds;
import org.schooljournal.batch.archive.SchoolYears;
import org.schooljournal.batch.control.JobStarts;
import org.schooljournal.batch.control.LatestExecution;
import org.schooljournal.platform.control.SchoolClock;
import org.schooljournal.platform.entity.JournalException;
import org.schooljournal.platform.entity.Role;

/**
 * The archivist's jobs (R-T03, R-P06): starts, stops, restarts, abandons and queries the archive's
 * year-end jobs, in every school. Like {@link Jobs}, the one way to these jobs (in an EAR a job is
 * queried from the module that started it), and jobs are started outside any transaction.
 */
@Stateless
@RolesAllowed(Role.ARCHIVIST)
public class ArchiveJobs {
    static final int RECENT = 20;

    private static final Set<BatchStatus> RESTARTABLE =
            Set.of(BatchStatus.FAILED, BatchStatus.STOPPED);

    private static final Set<BatchStatus> RUNNING =
            Set.of(BatchStatus.STARTING, BatchStatus.STARTED);

    @Inject SchoolYears schoolYears;

    @Inject JobReports reports;

    @Inject SchoolClock clock;

    @EJB YearEndPrints prints;

    @EJB ArchiveSchedule schedule;

    @Resource SessionContext session;

    @Inject JobStarts starts;

    /**
     * Starts a job for a year (its name, "2025/26"; the transfer and the check may go without:
     * every year) and schools (none = every school); {@code draft} only for printing.
     *
     * @return the execution id
     */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public long start(@NotNull ArchiveJob job, String year, List<Long> schoolIds, boolean draft) {
        if (job == ArchiveJob.PRINT && (year == null || year.isBlank())) {
            throw new JournalException(JournalException.Kind.INVALID, "archive.job.yearRequired");
        }
        List<Long> known = schoolYears.schools();
        List<Long> chosen = schoolIds == null ? List.of() : schoolIds;
        for (Long id : chosen) {
            if (!known.contains(id)) {
                throw JournalException.notFound("school");
            }
        }
        if (known.isEmpty()) {
            throw new JournalException(JournalException.Kind.INVALID, "archive.job.noSchool");
        }
        Properties parameters = new Properties();
        if (year != null && !year.isBlank()) {
            parameters.setProperty("year", year.strip());
        }
        parameters.setProperty("schoolIds", SchoolIds.format(chosen));
        parameters.setProperty("draft", String.valueOf(job == ArchiveJob.PRINT && draft));
        // who the run works for (batch.archive.Works): this archivist; "system" only by schedule
        parameters.setProperty("startedBy", session.getCallerPrincipal().getName());
        return starts.start(job.jobName(), parameters);
    }

    /** The school years' names in any school, oldest first ("2025/26"): what a job may name. */
    public List<String> years() {
        return schoolYears.names();
    }

    /** The scheduled jobs (the daily transfer, the weekly check) and when each runs next. */
    public List<ScheduledRunData> scheduled() {
        return schedule.planned();
    }

    /** The year a job is usually for: the latest that has ended (the year-end's). */
    public String lastEndedYear() {
        return schoolYears.latestEnded(clock.today());
    }

    /** Asks a running job to stop after its current chunk; CONFLICT if it is not running. */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public void stop(long executionId) {
        JobExecution latest = latest(executionId);
        try {
            operator().stop(latest.getExecutionId());
        } catch (JobExecutionNotRunningException finished) {
            throw conflict("archive.job.notRunning", latest);
        }
    }

    /** Restarts a FAILED or STOPPED job from its checkpoints; returns the new execution's id. */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public long restart(long executionId) {
        JobExecution latest = latest(executionId);
        if (!RESTARTABLE.contains(latest.getBatchStatus())) {
            throw conflict("archive.job.notRestartable", latest);
        }
        try {
            return starts.restart(latest.getExecutionId(), latest.getJobParameters());
        } catch (JobRestartException
                | JobExecutionAlreadyCompleteException
                | JobExecutionNotMostRecentException raced) {
            throw conflict("archive.job.notRestartable", latest(executionId));
        }
    }

    /** Abandons a job that does not run: it can never be restarted; its report stays. */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public void abandon(long executionId) {
        JobExecution latest = latest(executionId);
        if (RUNNING.contains(latest.getBatchStatus())) {
            throw conflict("archive.job.running", latest);
        }
        try {
            operator().abandon(latest.getExecutionId());
        } catch (JobExecutionIsRunningException running) {
            throw conflict("archive.job.running", latest);
        }
    }

    /**
     * The latest runs of the archive's jobs, newest first, with their progress. Outside a
     * transaction: before the first job the repository's tables do not exist, and the failed query
     * must not doom a transaction.
     */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public List<JobRunData> recent() {
        JobOperator operator = operator();
        List<JobExecution> latest = new ArrayList<>();
        for (ArchiveJob job : ArchiveJob.values()) {
            List<JobInstance> instances;
            try {
                // a job being written this moment: its runs show at the next poll
                instances =
                        LatestExecution.instances(operator, job.jobName(), RECENT)
                                .orElse(List.of());
            } catch (NoSuchJobException neverRun) {
                continue;
            } catch (RuntimeException noRepositoryYet) {
                // the batch runtime creates its tables with the first job: before, nothing ran
                if (latest.isEmpty()) {
                    return List.of();
                }
                throw noRepositoryYet;
            }
            for (JobInstance instance : instances) {
                // a job starting this moment has its instance but no execution yet: not listed
                LatestExecution.of(operator, instance).ifPresent(latest::add);
            }
        }
        return latest.stream()
                .sorted(Comparator.comparingLong(JobExecution::getExecutionId).reversed())
                .limit(RECENT)
                .map(this::run)
                .toList();
    }

    /** A run (any of its executions' ids) with its progress; NOT_FOUND if no archive job has it. */
    public JobRunData run(long executionId) {
        return run(latest(executionId));
    }

    /** The report of a run: its lines, by school and class. */
    public List<ReportLineData> report(long executionId) {
        return reports.lines(operator().getJobInstance(latest(executionId).getExecutionId()));
    }

    /**
     * A book of a print job's report, printed again as the job printed it (final or draft); the
     * bytes are the same as long as the journal has not changed since, which the hash tells.
     */
    public PrintedCopyData copy(long lineId) {
        ReportLineData line = reports.line(lineId);
        if (line == null || line.kind() == null || !"PRINTED".equals(line.outcome())) {
            throw JournalException.notFound("report line");
        }
        PrintedBook book =
                prints.print(
                        line.schoolId(),
                        line.yearId(),
                        line.classId(),
                        BookKind.valueOf(line.kind()),
                        line.draft());
        String sha256 = Digest.sha256(book.pdf());
        String name =
                (line.draft() ? "draft-" : "")
                        + line.kind().toLowerCase(java.util.Locale.ROOT).replace('_', '-')
                        + "-"
                        + line.schoolId()
                        + "-"
                        + line.classId()
                        + ".pdf";
        return new PrintedCopyData(name, book.pdf(), sha256, sha256.equals(line.sha256()));
    }

    private JobRunData run(JobExecution execution) {
        long instanceId = operator().getJobInstance(execution.getExecutionId()).getInstanceId();
        Properties parameters = execution.getJobParameters();
        List<SchoolProgressData> schools = reports.progress(instanceId, execution.getEndTime());
        return new JobRunData(
                execution.getExecutionId(),
                instanceId,
                ArchiveJob.of(execution.getJobName()),
                execution.getBatchStatus().name(),
                execution.getExitStatus(),
                parameters == null ? null : parameters.getProperty("year"),
                parameters != null && Boolean.parseBoolean(parameters.getProperty("draft")),
                parameters == null ? null : parameters.getProperty("startedBy"),
                execution.getCreateTime() == null ? null : execution.getCreateTime().toInstant(),
                execution.getEndTime() == null ? null : execution.getEndTime().toInstant(),
                schools,
                JobReports.total(schools));
    }

    /** The latest execution of the job instance of an execution of an archive job. */
    private static JobExecution latest(long executionId) {
        JobOperator operator = operator();
        try {
            JobExecution any = operator.getJobExecution(executionId);
            if (ArchiveJob.of(any.getJobName()) == null) {
                throw JournalException.notFound("job");
            }
            return LatestExecution.of(operator, operator.getJobInstance(executionId))
                    .orElseThrow(() -> JournalException.notFound("job"));
        } catch (NoSuchJobExecutionException missing) {
            throw JournalException.notFound("job");
        }
    }

    private static JournalException conflict(String key, JobExecution execution) {
        return new JournalException(
                JournalException.Kind.CONFLICT, key, execution.getBatchStatus().name());
    }

    private static JobOperator operator() {
        return BatchRuntime.getJobOperator();
    }
}
