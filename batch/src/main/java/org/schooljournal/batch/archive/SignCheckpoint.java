package org.schooljournal.batch.archive;

import jakarta.batch.api.AbstractBatchlet;
import jakarta.batch.api.BatchProperty;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.logging.Logger;

/**
 * The transfer's last step: one signed checkpoint over the archive's tree after every school's
 * deposits (R-P04). Its exit status names the tree size, which the job's report shows.
 */
@Named("signCheckpoint")
@Dependent
public class SignCheckpoint extends AbstractBatchlet {
    private static final Logger LOG = Logger.getLogger(SignCheckpoint.class.getName());

    @Inject Works works;

    /** Whom the run works for ({@link Works}). */
    @Inject @BatchProperty String startedBy;

    @Override
    public String process() {
        var checkpoint = works.of(startedBy).checkpoint();
        LOG.info(() -> "Archive checkpoint signed: " + checkpoint);
        return "CHECKPOINT " + checkpoint.treeSize();
    }
}
