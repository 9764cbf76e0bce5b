package org.schooljournal.diary.web;

import java.io.Serializable;
import java.time.LocalDate;
import org.omnifaces.util.Messages;
import org.schooljournal.diary.boundary.Consents;
import org.schooljournal.identity.web.Texts;

/**
 * R-A05: the fields of «record a decision» shared by the homeroom teacher's and the deputy's
 * screens: which parent, consent or refusal, the paper's date and reference.
 */
public class ConsentForm implements Serializable {
    private static final long serialVersionUID = 1L;

    private Long guardianId;
    private String decision = "GIVEN";
    private LocalDate decidedOn;
    private String paperRef;

    /**
     * Records the chosen parent's decision from its paper through {@code consents}; false, with a
     * warning and nothing recorded, when no parent is chosen.
     */
    boolean recordWith(Consents consents) {
        if (guardianId == null) {
            Messages.addGlobalWarn(Texts.get("consent.noneChosen"));
            return false;
        }
        consents.record(guardianId, decision, decidedOn, paperRef == null ? "" : paperRef);
        Messages.addGlobalInfo(Texts.get("consent.recorded"));
        return true;
    }

    public void clear(LocalDate today) {
        guardianId = null;
        decision = "GIVEN";
        decidedOn = today;
        paperRef = null;
    }

    public Long getGuardianId() {
        return guardianId;
    }

    public void setGuardianId(Long guardianId) {
        this.guardianId = guardianId;
    }

    public String getDecision() {
        return decision;
    }

    public void setDecision(String decision) {
        this.decision = decision;
    }

    public LocalDate getDecidedOn() {
        return decidedOn;
    }

    public void setDecidedOn(LocalDate decidedOn) {
        this.decidedOn = decidedOn;
    }

    public String getPaperRef() {
        return paperRef;
    }

    public void setPaperRef(String paperRef) {
        this.paperRef = paperRef;
    }
}
