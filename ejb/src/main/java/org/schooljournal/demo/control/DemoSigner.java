package org.schooljournal.demo.control;

import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Supplier;
import org.schooljournal.journal.control.JournalContent;
import org.schooljournal.journal.control.SigningKey;
import org.schooljournal.journal.entity.JournalSignature;

/**
 * Signs the previous year's closed periods (R-J14) on every core, beside the generation: an ECDSA
 * signature costs about a millisecond, and a municipality has some 150,000 of them, half of what
 * the loader's own thread had to do. Each signature's row keeps the id it was given when its period
 * was written; the rows are taken back in that order once signed.
 */
final class DemoSigner implements AutoCloseable {
    /** A signature under way: its row's values, the digest and signature when done. */
    record Pending(
            long id,
            long schoolId,
            long assignmentId,
            long periodId,
            String login,
            String signerName,
            Instant signedAt,
            Future<String[]> digestAndSignature) {
        String digest() {
            return done()[0];
        }

        String signature() {
            return done()[1];
        }

        private String[] done() {
            try {
                return digestAndSignature.get();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while signing", e);
            } catch (ExecutionException e) {
                throw new IllegalStateException("signing a demo journal failed", e.getCause());
            }
        }
    }

    private final SigningKey key;
    private final ExecutorService threads =
            Executors.newFixedThreadPool(
                    Runtime.getRuntime().availableProcessors(),
                    r -> {
                        Thread t = new Thread(r, "demo-signer");
                        t.setDaemon(true);
                        return t;
                    });
    private final Deque<Pending> pending = new ArrayDeque<>();

    DemoSigner(SigningKey key) {
        this.key = key;
    }

    /** Starts signing the period's content (built on a signing thread too) as {@code login}. */
    void sign(
            long id,
            long schoolId,
            long assignmentId,
            long periodId,
            String login,
            String signerName,
            Instant signedAt,
            Supplier<JournalContent> content) {
        Future<String[]> signed =
                threads.submit(
                        () -> {
                            String digest = content.get().digest();
                            return new String[] {
                                digest,
                                key.sign(
                                        JournalSignature.payload(
                                                assignmentId, periodId, login, signedAt, digest))
                            };
                        });
        pending.add(
                new Pending(
                        id, schoolId, assignmentId, periodId, login, signerName, signedAt, signed));
    }

    /** How many signatures are under way. */
    int pending() {
        return pending.size();
    }

    /** The oldest signature under way, waited for when its row is read; null when none. */
    Pending next() {
        return pending.poll();
    }

    String keyId() {
        return key.keyId();
    }

    @Override
    public void close() {
        threads.shutdownNow();
    }
}
