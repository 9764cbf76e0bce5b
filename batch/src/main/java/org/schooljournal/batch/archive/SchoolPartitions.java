package org.schooljournal.batch.archive;

import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.partition.PartitionMapper;
import jakarta.batch.api.partition.PartitionPlan;
import jakarta.batch.api.partition.PartitionPlanImpl;
import jakarta.batch.runtime.context.JobContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.Properties;

/**
 * One partition per school: the schools named by the job parameter {@code schoolIds}, or every
 * school. Two run at once (the machine's cores; each prints or hashes flat out). A restart maps the
 * same parameters to the same schools again, with {@code partitionsOverride}: an execution killed
 * with the server never recorded its number of partitions, and JBatch's check of the old plan then
 * fails the restart with a NullPointerException (found by {@code ArchiveKillIT}); the partitions
 * start over and each reader resumes from its school's committed count ({@code items_done}), not
 * from the runtime's checkpoint. Each school's progress row is created here, so the screen lists
 * the waiting schools too.
 */
@Named("schoolPartitions")
@Dependent
public class SchoolPartitions implements PartitionMapper {
    static final int THREADS = 2;

    @Inject JobContext job;

    @Inject SchoolYears schoolYears;

    @Inject JobProgress progress;

    @Inject @BatchProperty String schoolIds;

    @Inject @BatchProperty String year;

    @Override
    public PartitionPlan mapPartitions() {
        List<Long> schools = SchoolIds.parse(schoolIds);
        if (schools.isEmpty()) {
            schools = schoolYears.schools();
        }
        Properties[] partitions = new Properties[schools.size()];
        for (int i = 0; i < partitions.length; i++) {
            long schoolId = schools.get(i);
            partitions[i] = new Properties();
            partitions[i].setProperty("schoolId", String.valueOf(schoolId));
            progress.open(job.getInstanceId(), schoolId, job.getJobName(), year, null);
        }
        PartitionPlanImpl plan = new PartitionPlanImpl();
        plan.setPartitions(partitions.length);
        plan.setThreads(Math.max(1, Math.min(THREADS, partitions.length)));
        plan.setPartitionProperties(partitions);
        plan.setPartitionsOverride(true);
        return plan;
    }
}
