package org.schooljournal.batch.archive;

import jakarta.batch.api.AbstractBatchlet;
import jakarta.batch.api.BatchProperty;
import jakarta.batch.runtime.context.JobContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.schooljournal.archive.boundary.IntegrityReport;

/**
 * The integrity check (R-P04): the archive's service re-hashes every document, every leaf, the
 * tree, each checkpoint and each school's audit chain in one pass — the tree and the checkpoints
 * belong to no school, so it is one step, not a partition per school. Its findings are written as
 * the report, per school: a line «N documents intact», or a line per damaged, missing, added or
 * reordered record; findings of no school (a checkpoint's) get a line of their own. Read-only, so a
 * restart simply checks again (the instance's earlier lines are dropped first).
 */
@Named("checkArchive")
@Dependent
public class CheckArchive extends AbstractBatchlet {
    @Inject JobContext job;

    @Inject Works works;

    /** Whom the run works for ({@link Works}). */
    @Inject @BatchProperty String startedBy;

    @Inject SchoolYears schoolYears;

    @Inject JobProgress progress;

    @Inject @BatchProperty String schoolIds;

    @Override
    public String process() {
        long instance = job.getInstanceId();
        List<Long> schools = SchoolIds.parse(schoolIds);
        if (schools.isEmpty()) {
            schools = schoolYears.schools();
        }
        progress.forget(instance);
        Map<Long, Integer> documents = new LinkedHashMap<>();
        for (long school : schools) {
            int count = works.of(startedBy).documents(school);
            documents.put(school, count);
            progress.open(instance, school, job.getJobName(), null, count);
        }
        IntegrityReport report = works.of(startedBy).check();
        Map<Long, List<IntegrityReport.Finding>> bySchool = new LinkedHashMap<>();
        List<IntegrityReport.Finding> general = new ArrayList<>();
        for (IntegrityReport.Finding finding : report.findings()) {
            if (finding.schoolId() == null) {
                general.add(finding);
            } else {
                bySchool.computeIfAbsent(finding.schoolId(), s -> new ArrayList<>()).add(finding);
            }
        }
        for (IntegrityReport.Finding finding : general) {
            progress.record(instance, null, line(finding));
        }
        for (var school : documents.entrySet()) {
            List<IntegrityReport.Finding> found = bySchool.getOrDefault(school.getKey(), List.of());
            if (found.isEmpty() && general.isEmpty()) {
                progress.record(
                        instance,
                        school.getKey(),
                        new JobProgress.Line(
                                null,
                                null,
                                null,
                                null,
                                Outcome.VERIFIED,
                                false,
                                null,
                                null,
                                null,
                                school.getValue() + " intact"));
            }
            for (IntegrityReport.Finding finding : found) {
                progress.record(instance, school.getKey(), line(finding));
            }
            progress.settle(
                    instance,
                    school.getKey(),
                    school.getValue(),
                    Math.max(0, school.getValue() - found.size()),
                    found.size());
        }
        return String.format(
                Locale.ROOT, "%s; %.1f MB/s", report.summary(), report.megabytesPerSecond());
    }

    private static JobProgress.Line line(IntegrityReport.Finding finding) {
        return new JobProgress.Line(
                null,
                null,
                null,
                null,
                Outcome.DAMAGED,
                false,
                null,
                null,
                null,
                finding.problem() + " " + finding.record() + ": " + finding.detail());
    }
}
