package org.schooljournal.audit.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.schooljournal.audit.entity.AuditEntry;
import org.schooljournal.journal.control.ChangeValue;
import org.schooljournal.journal.control.JournalChange.Subject;

class ChangeValueTest {
    private static final Locale RU = Locale.forLanguageTag("ru");

    @Test
    @DisplayName(
            "R-A08 a closed period, a reopening, a deferral and a signature are stored as codes and read in the reader's language")
    void codesInWords() {
        String deferred = ChangeValue.deferredUntil(LocalDate.of(2027, 1, 20)).stored();
        String reopened = ChangeValue.reopened("ошибка: исправить").stored();

        assertThat(deferred).isEqualTo("audit.deferred:2027-01-20");
        assertThat(ChangeValue.shown(Subject.PERIOD_MARK, deferred, RU))
                .isEqualTo("отложена до 20.01.2027");
        assertThat(ChangeValue.shown(Subject.PERIOD_MARK, deferred, Locale.ENGLISH))
                .isEqualTo("deferred until 20.01.2027");
        assertThat(ChangeValue.shown(Subject.LOCK, ChangeValue.locked().stored(), RU))
                .isEqualTo("закрыт");
        assertThat(ChangeValue.shown(Subject.LOCK, ChangeValue.locked().stored(), Locale.ENGLISH))
                .isEqualTo("closed");
        // the reason is the deputy's own text, colons and quotes included
        assertThat(ChangeValue.shown(Subject.LOCK, reopened, RU))
                .isEqualTo("открыт: ошибка: исправить");
        assertThat(ChangeValue.shown(Subject.SIGNATURE, ChangeValue.signed("ab12").stored(), RU))
                .isEqualTo("подписан ab12");
    }

    @Test
    @DisplayName(
            "R-A08 old entries' words and a teacher's own text are shown as stored, never read as codes")
    void oldWordsAndDataStay() {
        assertThat(ChangeValue.shown(Subject.LOCK, "закрыт", Locale.ENGLISH)).isEqualTo("закрыт");
        assertThat(ChangeValue.shown(Subject.PERIOD_MARK, "отложена до 2027-01-20", RU))
                .isEqualTo("отложена до 2027-01-20");
        assertThat(ChangeValue.shown(Subject.PERIOD_MARK, "5", RU)).isEqualTo("5");
        assertThat(ChangeValue.shown(Subject.TOPIC, "audit.locked", RU)).isEqualTo("audit.locked");
        assertThat(ChangeValue.shown(Subject.LOCK, "audit.unknown:x", RU))
                .isEqualTo("audit.unknown:x");
        assertThat(ChangeValue.shown(Subject.LOCK, null, RU)).isNull();
    }

    @Test
    @DisplayName(
            "R-A08 a journal's chain with entries in the old words and new ones in codes still verifies; a changed old one does not")
    void mixedChainVerifies() {
        List<AuditEntry> entries = new ArrayList<>();
        add(entries, Subject.LOCK, null, "закрыт");
        add(entries, Subject.LOCK, "закрыт", "открыт: ошибка");
        add(entries, Subject.PERIOD_MARK, "4", "отложена до 2027-01-20");
        add(entries, Subject.LOCK, null, ChangeValue.locked().stored());
        add(
                entries,
                Subject.LOCK,
                ChangeValue.locked().stored(),
                ChangeValue.reopened("ошибка").stored());
        add(
                entries,
                Subject.PERIOD_MARK,
                "4",
                ChangeValue.deferredUntil(LocalDate.of(2027, 1, 20)).stored());
        add(entries, Subject.SIGNATURE, null, ChangeValue.signed("ab12").stored());

        List<AuditChain.Link> links = entries.stream().map(AuditEntry::link).toList();
        assertThat(AuditChain.firstBroken(links)).isEmpty();

        // rewriting an old entry's words into a code would break the chain from there on
        AuditChain.Link old = links.get(0);
        List<String> rewritten = new ArrayList<>(old.fields());
        rewritten.set(rewritten.size() - 1, ChangeValue.locked().stored());
        List<AuditChain.Link> tampered = new ArrayList<>(links);
        tampered.set(0, new AuditChain.Link(1, rewritten, old.prevHash(), old.hash()));
        assertThat(AuditChain.firstBroken(tampered)).contains(1L);
    }

    private static void add(List<AuditEntry> chain, Subject subject, String old, String now) {
        AuditEntry entry =
                new AuditEntry(
                        Instant.parse("2026-12-01T10:00:00Z").plusSeconds(chain.size()),
                        "s1.deputy",
                        "127.0.0.1",
                        subject,
                        7,
                        null,
                        subject == Subject.PERIOD_MARK ? 11L : null,
                        "2-я четверть",
                        old,
                        now);
        entry.chainAfter(chain.isEmpty() ? null : chain.get(chain.size() - 1));
        chain.add(entry);
    }
}
