package org.schooljournal.diary.web;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.omnifaces.util.Messages;
import org.schooljournal.diary.boundary.ConsentData;
import org.schooljournal.diary.boundary.Consents;
import org.schooljournal.diary.boundary.FamilyAccessList;
import org.schooljournal.identity.web.Texts;
import org.schooljournal.platform.control.SchoolClock;

/**
 * R-A05, the deputy's (head's, administrator's) screen: a class's parents with their decision on
 * their personal data, whether the school has their e-mail, the paper's date and reference; the
 * deputy and the administrator record a decision as the homeroom teacher does.
 */
@Named("consents")
@ViewScoped
public class ConsentsView implements Serializable {
    private static final long serialVersionUID = 1L;

    @EJB transient Consents consents;

    @Inject SchoolClock clock;

    private List<FamilyAccessList.ClassChoice> classes;
    private Long classId;
    private ConsentData.ClassList list;
    private final ConsentForm consent = new ConsentForm();

    @PostConstruct
    void init() {
        classes = consents.classes();
        if (!classes.isEmpty()) {
            classId = classes.get(0).classId();
            load();
        }
    }

    public void load() {
        list = classId == null ? null : consents.classList(classId);
        consent.clear(clock.today());
    }

    public void recordConsent() {
        if (consent.getGuardianId() == null) {
            Messages.addGlobalWarn(Texts.get("consent.noneChosen"));
            return;
        }
        consents.record(
                consent.getGuardianId(),
                consent.getDecision(),
                consent.getDecidedOn(),
                consent.getPaperRef() == null ? "" : consent.getPaperRef());
        Messages.addGlobalInfo(Texts.get("consent.recorded"));
        load();
    }

    /** The class's parents once each, for the form. */
    public List<FamilyAccessList.Person> getGuardians() {
        java.util.Map<Long, FamilyAccessList.Person> once = new java.util.LinkedHashMap<>();
        if (list != null) {
            list.rows()
                    .forEach(
                            r ->
                                    once.putIfAbsent(
                                            r.guardianId(),
                                            new FamilyAccessList.Person(
                                                    r.pupilId(),
                                                    r.guardianId(),
                                                    r.guardianName(),
                                                    null,
                                                    null,
                                                    r.decision())));
        }
        return List.copyOf(once.values());
    }

    public ConsentForm getConsent() {
        return consent;
    }

    public List<FamilyAccessList.ClassChoice> getClasses() {
        return classes;
    }

    public Long getClassId() {
        return classId;
    }

    public void setClassId(Long classId) {
        this.classId = classId;
    }

    public ConsentData.ClassList getList() {
        return list;
    }
}
