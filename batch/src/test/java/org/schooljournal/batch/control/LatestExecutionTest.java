package org.schooljournal.batch.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.batch.operations.JobOperator;
import jakarta.batch.operations.NoSuchJobException;
import jakarta.batch.operations.NoSuchJobInstanceException;
import jakarta.batch.runtime.JobExecution;
import jakarta.batch.runtime.JobInstance;
import java.lang.reflect.Proxy;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class LatestExecutionTest {

    @Test
    @DisplayName(
            "R-P06 a job's latest execution is the highest; an instance whose first execution is"
                    + " not yet written (jbatch throws) has none instead of failing the list of runs")
    void latestOrNoneWhileStarting() {
        JobInstance restarted = instance(1);
        JobInstance starting = instance(2);
        JobOperator operator =
                operator(Map.of(1L, List.of(execution(10), execution(12), execution(11))));

        assertThat(LatestExecution.of(operator, restarted))
                .get()
                .extracting(JobExecution::getExecutionId)
                .isEqualTo(12L);
        assertThat(LatestExecution.of(operator, starting)).isEmpty();
    }

    @Test
    @DisplayName(
            "R-P06 a job's instances asked while a new one is being written (jbatch's"
                    + " NullPointerException) are asked again; still so, the job is starting")
    void instancesWhileOneIsWritten() {
        List<JobInstance> written = List.of(instance(2), instance(1));
        AtomicInteger asked = new AtomicInteger();

        JobOperator briefly = instances(asked, 2, written);
        assertThat(LatestExecution.instances(briefly, "archive-check", 10)).contains(written);
        assertThat(asked).hasValue(3);

        asked.set(0);
        JobOperator stuck = instances(asked, Integer.MAX_VALUE, written);
        assertThat(LatestExecution.instances(stuck, "archive-check", 10)).isEmpty();
        assertThat(asked).hasValue(LatestExecution.RETRIES + 1);

        JobOperator neverRun = instances(asked, -1, written);
        assertThatThrownBy(() -> LatestExecution.instances(neverRun, "archive-check", 10))
                .isInstanceOf(NoSuchJobException.class);
    }

    /**
     * Answers a job's instances like Payara's jbatch while one is written: {@code failures} times a
     * NullPointerException first; negative: the job never ran.
     */
    private static JobOperator instances(
            AtomicInteger asked, int failures, List<JobInstance> written) {
        return answering(
                "getJobInstances",
                args -> {
                    if (failures < 0) {
                        throw new NoSuchJobException((String) args[0]);
                    }
                    if (asked.incrementAndGet() <= failures) {
                        throw new NullPointerException("jobInstance is null");
                    }
                    return written;
                });
    }

    /** Answers executions like Payara's jbatch: none written yet is NoSuchJobInstanceException. */
    private static JobOperator operator(Map<Long, List<JobExecution>> executions) {
        return answering(
                "getJobExecutions",
                args -> {
                    long id = ((JobInstance) args[0]).getInstanceId();
                    List<JobExecution> found = executions.getOrDefault(id, List.of());
                    if (found.isEmpty()) {
                        throw new NoSuchJobInstanceException("Job: " + id + " does not exist");
                    }
                    return found;
                });
    }

    /** A JobOperator that answers only {@code name}; any other method is not expected. */
    private static JobOperator answering(String name, Function<Object[], Object> answer) {
        return (JobOperator)
                Proxy.newProxyInstance(
                        JobOperator.class.getClassLoader(),
                        new Class<?>[] {JobOperator.class},
                        (proxy, method, args) -> {
                            if (!method.getName().equals(name)) {
                                throw new UnsupportedOperationException(method.getName());
                            }
                            return answer.apply(args);
                        });
    }

    private static JobInstance instance(long id) {
        return (JobInstance)
                Proxy.newProxyInstance(
                        JobInstance.class.getClassLoader(),
                        new Class<?>[] {JobInstance.class},
                        (proxy, method, args) ->
                                switch (method.getName()) {
                                    case "getInstanceId" -> id;
                                    case "getJobName" -> "archive-check";
                                    default -> throw new UnsupportedOperationException();
                                });
    }

    private static JobExecution execution(long id) {
        return (JobExecution)
                Proxy.newProxyInstance(
                        JobExecution.class.getClassLoader(),
                        new Class<?>[] {JobExecution.class},
                        (proxy, method, args) -> {
                            if (method.getName().equals("getExecutionId")) {
                                return id;
                            }
                            throw new UnsupportedOperationException(method.getName());
                        });
    }
}
