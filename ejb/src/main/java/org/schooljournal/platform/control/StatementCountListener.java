package org.schooljournal.platform.control;

import org.eclipse.persistence.sessions.SessionEvent;
import org.eclipse.persistence.sessions.SessionEventAdapter;

/**
 * Counts every SQL call EclipseLink executes into {@link StatementCount} (nothing unless {@code
 * -Djournal.diagnostics.sql=true}). Registered in persistence.xml as {@code
 * eclipselink.session-event-listener}.
 */
public class StatementCountListener extends SessionEventAdapter {
    /**
     * Fired once for every SQL call the session executes (AbstractSession.basicExecuteCall): a
     * query or a write; a statement added to a JDBC batch counts as one.
     */
    @Override
    public void preExecuteCall(SessionEvent event) {
        StatementCount.increment();
    }
}
