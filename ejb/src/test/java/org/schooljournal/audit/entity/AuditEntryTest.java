package org.schooljournal.audit.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.schooljournal.audit.control.AuditChain;
import org.schooljournal.journal.control.JournalChange;

/** An audit entry is saved pending and chained later by the sequencer (R-A08, issue 11). */
class AuditEntryTest {
    static final Instant AT = Instant.parse("2026-12-06T08:30:00.123456789Z");

    static AuditEntry mark(String oldValue, String newValue) {
        return new AuditEntry(
                AT,
                "s1.teacher1",
                "10.0.0.7",
                JournalChange.Subject.MARK,
                42,
                7L,
                9L,
                "ANSWER",
                oldValue,
                newValue);
    }

    @Test
    @DisplayName("R-A08 a saved entry is pending: no position, no hash, not part of the chain")
    void pendingUntilSequenced() {
        AuditEntry entry = mark(null, "5");
        assertThat(entry.isPending()).isTrue();
        assertThat(entry.getSeq()).isNull();
        assertThatThrownBy(entry::link).isInstanceOf(IllegalStateException.class);
    }

    @Test
    @DisplayName(
            "R-A08 the sequencer's chaining hashes exactly as entries were hashed before it, so old entries still verify")
    void sameHashingAsBefore() throws Exception {
        AuditEntry first = mark(null, "5");
        first.chainAfter(null);
        // the text the chain has always hashed: previous hash, position, length-prefixed fields;
        // the time kept to microseconds, as the database keeps it
        String text =
                "0".repeat(64)
                        + "|1|27:2026-12-06T08:30:00.123456Z|11:s1.teacher1|8:10.0.0.7|4:MARK|2:42"
                        + "|1:7|1:9|6:ANSWER|-|1:5";
        String expected =
                HexFormat.of()
                        .formatHex(
                                MessageDigest.getInstance("SHA-256")
                                        .digest(text.getBytes(StandardCharsets.UTF_8)));
        AuditChain.Link link = first.link();
        assertThat(link.seq()).isEqualTo(1);
        assertThat(link.prevHash()).isEqualTo(AuditChain.GENESIS);
        assertThat(link.hash()).isEqualTo(expected);

        AuditEntry second = mark("5", "4");
        second.chainAfter(first);
        assertThat(second.getSeq()).isEqualTo(2L);
        assertThat(second.link().prevHash()).isEqualTo(expected);
        assertThat(AuditChain.firstBroken(List.of(first.link(), second.link()))).isEmpty();
    }

    @Test
    @DisplayName(
            "R-A08 an entry is sequenced once, and only after a sequenced one: no fork, no gap")
    void sequencedOnce() {
        AuditEntry first = mark(null, "5");
        AuditEntry pending = mark("5", "4");
        assertThatThrownBy(() -> first.chainAfter(pending))
                .isInstanceOf(IllegalArgumentException.class);
        first.chainAfter(null);
        assertThatThrownBy(() -> first.chainAfter(null)).isInstanceOf(IllegalStateException.class);
        assertThat(first.getSeq()).isEqualTo(1L);
    }
}
