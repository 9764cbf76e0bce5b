package org.schooljournal.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.schooljournal.testing.ApiClient;
import org.schooljournal.testing.Bodies.Mark;
import org.schooljournal.testing.Fixtures;
import org.schooljournal.testing.SharedServer;
import org.schooljournal.testing.TestDatabase;

/**
 * No lost update in a grid cell (issue 4, item 11): a save locks its lesson's row before it reads
 * the cell, so two saves of one lesson's cells take turns between the check of what the teacher saw
 * and the write. Shown from the database: while another transaction holds the lesson's row, the
 * save's statement waits on that lock, and goes through once it is released.
 */
class CellLockIT {
    final URL base = SharedServer.url();

    @Test
    @DisplayName(
            "R-J01 R-J02 a save of a cell waits for its lesson's row: no two saves of a lesson check and write its cells at once")
    void saveWaitsForTheLessonsRow() throws Exception {
        Fixtures.Journal journal =
                Fixtures.school(base.toString(), "CellLockIT").journal(6, "Б", 1);
        ApiClient teacher = journal.teacher().client();
        long pupil = journal.pupils().get(0);
        long lesson = GridQueriesIT.heldLesson(teacher, journal.assignmentId());
        String path = "/lessons/" + lesson + "/marks/" + pupil;

        CompletableFuture<ApiClient.Reply> save;
        try (Connection holder = TestDatabase.owner();
                Connection watcher = TestDatabase.owner()) {
            holder.setAutoCommit(false);
            try (PreparedStatement lock =
                    holder.prepareStatement("select id from lesson where id = ? for update")) {
                lock.setLong(1, lesson);
                lock.executeQuery().close();
            }
            save =
                    CompletableFuture.supplyAsync(
                            () -> teacher.put(path, new Mark("5", "ANSWER", "")));

            assertThat(waitsForLessonLock(watcher))
                    .as("the save's statement waits for the lesson's row lock")
                    .isTrue();
            assertThat(save).as("the save cannot finish while the row is held").isNotDone();
            holder.rollback();
        }
        ApiClient.Reply saved = save.get(60, TimeUnit.SECONDS);
        assertThat(saved.status()).as(saved.body()).isEqualTo(200);
        assertThat(saved.body()).contains("\"cell\":\"5\"");
    }

    /** Polls PostgreSQL's activity view until a backend waits on a lock to lock a lesson. */
    private static boolean waitsForLessonLock(Connection watcher) throws Exception {
        String sql =
                "select count(*) from pg_stat_activity where datname = current_database()"
                        + " and wait_event_type = 'Lock' and query ilike '%from lesson%for update%'";
        for (int i = 0; i < 300; i++) {
            try (PreparedStatement waiting = watcher.prepareStatement(sql);
                    var rows = waiting.executeQuery()) {
                rows.next();
                if (rows.getLong(1) > 0) {
                    return true;
                }
            }
            Thread.sleep(100);
        }
        return false;
    }
}
