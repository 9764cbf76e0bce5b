package org.schooljournal.diary.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.schooljournal.diary.boundary.ConsentData;
import org.schooljournal.diary.boundary.Consents;
import org.schooljournal.diary.boundary.FamilyAccessList;
import org.schooljournal.platform.control.SchoolClock;

/**
 * R-A05, the deputy's (head's, administrator's) screen: a class's parents with their decision on
 * their personal data, whether the school has their e-mail, the paper's date and reference; the
 * deputy and the administrator record a decision as the homeroom teacher does.
 */
@Named("consents")
@ViewScoped
public class ConsentsView extends ClassPage {
    private static final long serialVersionUID = 1L;

    @Inject Consents consents;

    @Inject SchoolClock clock;

    private ConsentData.ClassList list;
    private final ConsentForm consent = new ConsentForm();

    @PostConstruct
    void init() {
        offer(consents.classes());
    }

    @Override
    public void load() {
        list = getClassId() == null ? null : consents.classList(getClassId());
        consent.clear(clock.today());
    }

    public void recordConsent() {
        if (consent.recordWith(consents)) {
            load();
        }
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

    public ConsentData.ClassList getList() {
        return list;
    }
}
