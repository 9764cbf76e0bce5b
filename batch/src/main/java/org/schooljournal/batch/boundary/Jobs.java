package org.schooljournal.batch.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.batch.operations.JobExecutionAlreadyCompleteException;
import jakarta.batch.operations.JobExecutionNotMostRecentException;
import jakarta.batch.operations.JobOperator;
import jakarta.batch.operations.JobRestartException;
import jakarta.batch.operations.NoSuchJobExecutionException;
import jakarta.batch.operations.NoSuchJobInstanceException;
import jakarta.batch.runtime.BatchRuntime;
import jakarta.batch.runtime.BatchStatus;
import jakarta.batch.runtime.JobExecution;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import org.schooljournal.batch.control.JobStarts;
import org.schooljournal.batch.control.LatestExecution;
import org.schooljournal.batch.pupilimport.IssueText;
import org.schooljournal.batch.pupilimport.PupilImports;
import org.schooljournal.batch.pupilimport.RosterFile;
import org.schooljournal.people.entity.PupilImport;
import org.schooljournal.platform.control.Caller;
import org.schooljournal.platform.control.Tenanted;
import org.schooljournal.platform.entity.JournalException;
import org.schooljournal.platform.entity.Role;

/**
 * The one place where batch jobs are started, restarted and queried: in an EAR a job started from
 * one module cannot be queried from another.
 *
 * <p>Jobs are started and restarted outside any transaction. Started inside one, the batch runtime
 * writes the new execution in the caller's uncommitted transaction while its own thread already
 * runs the job, which then fails now and then (Payara issue 5133); and the job could not see the
 * upload before the caller commits.
 */
@Stateless
@Tenanted
@RolesAllowed(Role.SCHOOL_ADMIN)
public class Jobs {
    public static final String PUPIL_IMPORT = "pupil-import";

    private static final int RECENT = 20;

    private static final Set<BatchStatus> RESTARTABLE =
            Set.of(BatchStatus.FAILED, BatchStatus.STOPPED);

    @Inject Caller caller;

    @Inject PupilImports imports;

    @Inject JobStarts starts;

    /**
     * Validates the file (size, format, header) synchronously, stores it, starts the job; returns
     * the import id. A refused file is not stored.
     */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public long startPupilImport(long classId, @NotBlank String fileName, @NotNull byte[] content) {
        RosterFile.read(content);
        long importId = imports.store(classId, fileName, content);
        long executionId;
        try {
            executionId = starts.start(PUPIL_IMPORT, parameters(importId));
        } catch (RuntimeException notStarted) {
            imports.discard(importId);
            throw notStarted;
        }
        imports.recordExecution(importId, executionId);
        return importId;
    }

    /** The import with its issues; NOT_FOUND if it is missing or of another school. */
    public ImportStatus importStatus(long importId, @NotNull Locale locale) {
        return status(imports.find(importId), locale);
    }

    /** The school's latest 20 imports, newest first. */
    public List<ImportStatus> recentImports(@NotNull Locale locale) {
        return imports.recent(RECENT).stream().map(upload -> status(upload, locale)).toList();
    }

    /** Restarts the latest execution if it FAILED or was STOPPED; otherwise CONFLICT. */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public void restartImport(long importId) {
        Long executionId = imports.find(importId).getExecutionId();
        JobExecution latest = executionId == null ? null : latest(executionId);
        if (latest == null || !RESTARTABLE.contains(latest.getBatchStatus())) {
            throw notRestartable(state(executionId));
        }
        long restarted;
        try {
            restarted = starts.restart(latest.getExecutionId(), parameters(importId));
        } catch (JobRestartException
                | JobExecutionAlreadyCompleteException
                | JobExecutionNotMostRecentException raced) {
            // another restart got there first
            throw notRestartable(state(executionId));
        }
        imports.recordExecution(importId, restarted);
    }

    private ImportStatus status(PupilImport upload, Locale locale) {
        List<ImportIssue> issues =
                imports.issues(upload.getId()).stream()
                        .map(
                                i ->
                                        new ImportIssue(
                                                i.getRowNumber(),
                                                IssueText.render(locale, i.getKey(), i.getArgs())))
                        .toList();
        return new ImportStatus(
                upload.getId(),
                upload.getFileName(),
                upload.getSchoolClass().getTitle(),
                state(upload.getExecutionId()),
                upload.getRowsRead(),
                upload.getRowsWritten(),
                upload.getRowsSkipped(),
                issues,
                upload.getUploadedAt(),
                upload.getExecutionId());
    }

    private String state(Long executionId) {
        if (executionId == null) {
            return BatchStatus.STARTING.name();
        }
        JobExecution latest = latest(executionId);
        return latest == null ? "UNKNOWN" : latest.getBatchStatus().name();
    }

    /** The latest execution of the job instance of an execution; null if the runtime lost it. */
    private static JobExecution latest(long executionId) {
        JobOperator operator = operator();
        try {
            return LatestExecution.of(operator, operator.getJobInstance(executionId)).orElse(null);
        } catch (NoSuchJobExecutionException | NoSuchJobInstanceException lost) {
            return null;
        }
    }

    private Properties parameters(long importId) {
        Properties parameters = new Properties();
        parameters.setProperty("importId", String.valueOf(importId));
        parameters.setProperty("schoolId", String.valueOf(caller.schoolId()));
        return parameters;
    }

    private static JournalException notRestartable(String state) {
        return new JournalException(JournalException.Kind.CONFLICT, "import.restart.state", state);
    }

    private static JobOperator operator() {
        return BatchRuntime.getJobOperator();
    }
}
