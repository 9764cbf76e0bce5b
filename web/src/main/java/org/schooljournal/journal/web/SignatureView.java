package org.schooljournal.journal.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.text.MessageFormat;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.omnifaces.util.Messages;
import org.schooljournal.identity.web.SessionView;
import org.schooljournal.identity.web.Texts;
import org.schooljournal.journal.boundary.JournalSignatures;
import org.schooljournal.journal.boundary.SignatureCheck;
import org.schooljournal.platform.control.SchoolClock;
import org.schooljournal.platform.web.Refusals;

/**
 * The signature line under a journal's period (R-J14), for the fragment {@code
 * WEB-INF/includes/signature.xhtml}: «Подписан: М. П. Иванова, 12.11.2026 14:03 — подпись верна»,
 * in red when the journal changed after signing, and the teacher's button that signs the period. A
 * check is read once per view and journal period, and again after signing.
 */
@Named("journalSignature")
@ViewScoped
public class SignatureView implements Serializable {
    private static final long serialVersionUID = 1L;

    private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm");

    @Inject JournalSignatures signatures;

    @Inject SchoolClock schoolClock;

    @Inject SessionView session;

    private final Map<String, SignatureCheck> checks = new HashMap<>();
    private final Map<Long, Boolean> signable = new HashMap<>();

    /** The current signature of the journal's period (null when the caller may not read it). */
    public SignatureCheck check(long assignmentId, long periodId) {
        String key = assignmentId + "/" + periodId;
        if (!checks.containsKey(key)) {
            SignatureCheck c = null;
            try {
                c = signatures.verify(assignmentId, periodId);
            } catch (RuntimeException e) {
                Refusals.show(e, session.getLocale());
            }
            checks.put(key, c);
        }
        return checks.get(key);
    }

    /** Whether the caller is the journal's teacher, who signs. */
    public boolean maySign(long assignmentId) {
        return signable.computeIfAbsent(
                assignmentId,
                id -> {
                    try {
                        return signatures.maySign(id);
                    } catch (RuntimeException e) {
                        return false;
                    }
                });
    }

    public void sign(long assignmentId, long periodId) {
        SignatureCheck c = signatures.sign(assignmentId, periodId);
        checks.put(assignmentId + "/" + periodId, c);
        Messages.addGlobalInfo(MessageFormat.format(Texts.get("signature.done"), c.period()));
    }

    /** Every signing of the period, the latest first. */
    public List<SignatureCheck> history(long assignmentId, long periodId) {
        try {
            return signatures.history(assignmentId, periodId);
        } catch (RuntimeException e) {
            Refusals.show(e, session.getLocale());
            return List.of();
        }
    }

    /** «Подписан: М. П. Иванова, 12.11.2026 14:03», or «не подписан». */
    public String signedLine(SignatureCheck c) {
        if (c == null) {
            return "";
        }
        if (!c.signed()) {
            return MessageFormat.format(Texts.get("signature.none"), c.period());
        }
        return MessageFormat.format(
                Texts.get("signature.signed"), c.signerName(), shown(c.signedAt()));
    }

    /** What the check found: valid, broken by a later change, or an invalid signature record. */
    public String verdict(SignatureCheck c) {
        if (c == null || !c.signed()) {
            return "";
        }
        if (!c.intact()) {
            return Texts.get("signature.broken");
        }
        if (!c.keyKnown()) {
            return MessageFormat.format(Texts.get("signature.unknownKey"), c.keyId());
        }
        return Texts.get(c.signatureValid() ? "signature.valid" : "signature.invalid");
    }

    public String firstChange(SignatureCheck c) {
        return c == null || c.firstDifference() == null
                ? ""
                : MessageFormat.format(Texts.get("signature.firstChange"), c.firstDifference());
    }

    public String shown(Instant at) {
        return at == null ? "" : SHOWN.withZone(schoolClock.zone()).format(at);
    }
}
