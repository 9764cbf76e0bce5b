package org.schooljournal.diary.control;

import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.Set;

/**
 * R-A06: the read receipts of the teachers' messages, one row per message and reader in {@code
 * message_read} (V42). Plain SQL: a receipt is a pair of ids and a time, no entity with a life of
 * its own, and recording one must stay a single insert that never waits on another reader's row.
 */
public final class ReadReceipts {
    /** EclipseLink refuses plain SQL in a multitenant unit unless a query asks for it. */
    private static final String ALLOW_NATIVE = "eclipselink.jdbc.allow-native-sql-query";

    private ReadReceipts() {}

    /**
     * The reader was shown the pupil's messages at {@code at}: one statement inserts a receipt for
     * every message written up to then that it has none for. {@code on conflict do nothing} makes
     * two diaries opened at once by the same reader harmless (PostgreSQL, and H2 in its PostgreSQL
     * mode); nothing is updated, so no row is locked that anybody else writes.
     *
     * @return how many messages became read now
     */
    public static int record(
            EntityManager em, long schoolId, long accountId, long pupilId, Instant at) {
        return em.createNativeQuery(
                        "insert into message_read (school_id, message_id, account_id, read_at)"
                                + " select m.school_id, m.id, ?1, ?2 from parent_message m"
                                + " where m.school_id = ?3 and m.pupil_id = ?4"
                                + " and m.created_at <= ?2 and not exists (select 1 from"
                                + " message_read r where r.message_id = m.id"
                                + " and r.account_id = ?1)"
                                + " on conflict do nothing")
                // the school is bound by hand (?3): plain SQL is outside the tenancy
                .setHint(ALLOW_NATIVE, true)
                .setParameter(1, accountId)
                .setParameter(2, OffsetDateTime.ofInstant(at, ZoneOffset.UTC))
                .setParameter(3, schoolId)
                .setParameter(4, pupilId)
                .executeUpdate();
    }

    /**
     * The receipts of the messages written since {@code since} about the pupils of a class, as
     * «messageId|accountId» pairs, in one query.
     */
    public static Set<String> ofClass(
            EntityManager em, long schoolId, long classId, Instant since) {
        Set<String> read = new HashSet<>();
        for (Object row :
                em.createNativeQuery(
                                "select r.message_id, r.account_id from message_read r"
                                        + " join parent_message m on m.id = r.message_id"
                                        + " join pupil p on p.id = m.pupil_id"
                                        + " where r.school_id = ?1 and p.class_id = ?2"
                                        + " and m.created_at >= ?3")
                        .setHint(ALLOW_NATIVE, true)
                        .setParameter(1, schoolId)
                        .setParameter(2, classId)
                        .setParameter(3, OffsetDateTime.ofInstant(since, ZoneOffset.UTC))
                        .getResultList()) {
            Object[] r = (Object[]) row;
            read.add(((Number) r[0]).longValue() + "|" + ((Number) r[1]).longValue());
        }
        return read;
    }
}
