package org.schooljournal.batch.control;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.batch.operations.JobOperator;
import jakarta.batch.operations.NoSuchJobException;
import jakarta.batch.runtime.BatchRuntime;
import jakarta.batch.runtime.BatchStatus;
import jakarta.batch.runtime.JobExecution;
import jakarta.batch.runtime.JobInstance;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.schooljournal.batch.boundary.ArchiveJob;
import org.schooljournal.platform.control.SchoolClock;

/**
 * Starts a scheduled run of an archive job as system work (issue 10, items 3 and 5): the daily
 * transfer or the weekly check, for every school and every year, never a draft. The entry needs no
 * caller role because it takes no input beyond which of the two scheduled jobs is due: nobody can
 * aim it at a school, a year or a document, and what it starts is what the schedule runs anyway. As
 * a {@code control} class it is out of the screens' and REST resources' reach ({@code
 * ArchitectureTest}); {@code ArchiveSchedule}'s timers call it.
 *
 * <p>Once per day and job on one database: every server of a cluster has the timer and fires it,
 * the first to insert the day's row into {@code archive_schedule_claim} starts the run, the others
 * find the key taken and skip (the EJB timers stay non-persistent, so no server depends on a timer
 * store). A run is also skipped while the job's previous run still goes (a slow check).
 */
@Stateless
@PermitAll
public class ScheduledRuns {
    /** The {@code startedBy} of a scheduled run. */
    public static final String SYSTEM = "system";

    /** Unique violation, in PostgreSQL and H2 alike. */
    private static final String TAKEN = "23505";

    private static final Set<BatchStatus> RUNNING =
            Set.of(BatchStatus.STARTING, BatchStatus.STARTED);

    private static final Logger LOG = Logger.getLogger(ScheduledRuns.class.getName());

    @Resource(lookup = "jdbc/journal")
    DataSource dataSource;

    @Inject SchoolClock schoolClock;

    @Inject Clock clock;

    @Inject JobStarts starts;

    /**
     * Starts today's run of a scheduled job unless another server already did or the previous run
     * still goes; jobs are started outside any transaction.
     *
     * @return the execution id, empty when skipped
     */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public Optional<Long> start(ArchiveJob job) {
        if (job != ArchiveJob.TRANSFER && job != ArchiveJob.CHECK) {
            throw new IllegalArgumentException("not a scheduled job: " + job);
        }
        JobOperator operator = BatchRuntime.getJobOperator();
        if (running(operator, job)) {
            LOG.info(() -> "Scheduled " + job.jobName() + " skipped: a run is still going");
            return Optional.empty();
        }
        LocalDate today = schoolClock.today();
        if (!claim(job, today)) {
            LOG.info(() -> "Scheduled " + job.jobName() + " of " + today + " runs elsewhere");
            return Optional.empty();
        }
        Properties parameters = new Properties();
        parameters.setProperty("schoolIds", "");
        parameters.setProperty("draft", "false");
        parameters.setProperty("startedBy", SYSTEM);
        long execution = starts.start(job.jobName(), parameters);
        record(job, today, execution);
        LOG.info(() -> "Scheduled " + job.jobName() + " started: execution " + execution);
        return Optional.of(execution);
    }

    private static boolean running(JobOperator operator, ArchiveJob job) {
        try {
            Optional<List<JobInstance>> instances =
                    LatestExecution.instances(operator, job.jobName(), 20);
            if (instances.isEmpty()) {
                // an instance being written this moment: a job starting, which runs
                return true;
            }
            for (JobInstance instance : instances.get()) {
                Optional<JobExecution> latest = LatestExecution.of(operator, instance);
                // no execution yet: a job starting this moment, which runs
                if (latest.isEmpty() || RUNNING.contains(latest.get().getBatchStatus())) {
                    return true;
                }
            }
            return false;
        } catch (NoSuchJobException neverRun) {
            return false;
        } catch (RuntimeException noRepositoryYet) {
            // a fresh job repository has no tables until the first job starts (seen on Payara 6)
            LOG.fine(() -> "job repository not readable: " + noRepositoryYet);
            return false;
        }
    }

    /** Whether this server took the day's run (its row is committed before the job starts). */
    private boolean claim(ArchiveJob job, LocalDate day) {
        try (Connection c = dataSource.getConnection();
                var s =
                        c.prepareStatement(
                                "insert into archive_schedule_claim (job_name, due_on,"
                                        + " claimed_at) values (?, ?, ?)")) {
            s.setString(1, job.jobName());
            s.setObject(2, day);
            s.setObject(3, OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC));
            s.executeUpdate();
            return true;
        } catch (SQLException e) {
            if (TAKEN.equals(e.getSQLState())) {
                return false;
            }
            throw new IllegalStateException("cannot claim the scheduled " + job.jobName(), e);
        }
    }

    private void record(ArchiveJob job, LocalDate day, long execution) {
        try (Connection c = dataSource.getConnection();
                var s =
                        c.prepareStatement(
                                "update archive_schedule_claim set execution_id = ?"
                                        + " where job_name = ? and due_on = ?")) {
            s.setLong(1, execution);
            s.setString(2, job.jobName());
            s.setObject(3, day);
            s.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("cannot record the scheduled " + job.jobName(), e);
        }
    }
}
