package org.schooljournal.diary.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.ByteArrayInputStream;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import org.omnifaces.util.Messages;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;
import org.schooljournal.diary.boundary.Consents;
import org.schooljournal.diary.boundary.FamilyAccess;
import org.schooljournal.diary.boundary.FamilyAccessList;
import org.schooljournal.diary.boundary.FamilyMail;
import org.schooljournal.diary.boundary.InvitationResult;
import org.schooljournal.diary.boundary.IssuedSlips;
import org.schooljournal.identity.web.SessionView;
import org.schooljournal.identity.web.Texts;
import org.schooljournal.platform.control.SchoolClock;

/**
 * R-A04, the homeroom teacher's screen: its class's pupils and parents with their logins and
 * whether they have signed in; the selected ones get logins and one-time passwords, printed as
 * slips to download.
 */
@Named("familyAccess")
@ViewScoped
public class FamilyAccessView extends ClassPage {
    private static final long serialVersionUID = 1L;

    @Inject FamilyAccess access;

    @Inject SessionView session;

    @Inject Consents consents;

    @Inject FamilyMail mail;

    @Inject SchoolClock clock;

    private final ConsentForm consent = new ConsentForm();

    private FamilyAccessList list;
    private List<FamilyAccessList.Person> selected = new ArrayList<>();
    private byte[] slips;

    @PostConstruct
    void init() {
        offer(access.myClasses());
    }

    @Override
    public void load() {
        list = getClassId() == null ? null : access.list(getClassId());
        selected = new ArrayList<>();
        consent.clear(clock.today());
    }

    /** R-A05: records the chosen parent's decision from its paper. */
    public void recordConsent() {
        if (consent.recordWith(consents)) {
            load();
        }
    }

    /** R-D04: queues the letter about the diary to the class's parents who may get it. */
    public void sendLetter() {
        InvitationResult sent = mail.invite(getClassId(), address());
        Messages.addGlobalInfo(
                MessageFormat.format(
                        Texts.get("familyLetter.queued"), sent.queued(), sent.notSent().size()));
    }

    public ConsentForm getConsent() {
        return consent;
    }

    /** The class's parents, for the consent form. */
    public List<FamilyAccessList.Person> getGuardians() {
        return list == null
                ? List.of()
                : list.people().stream().filter(FamilyAccessList.Person::isGuardian).toList();
    }

    /** Issues access to the selection and keeps its slips for the download button. */
    public void issue() {
        if (selected.isEmpty()) {
            Messages.addGlobalWarn(Texts.get("familyAccess.noneSelected"));
            return;
        }
        var keys = new HashSet<String>();
        selected.forEach(p -> keys.add(p.key()));
        IssuedSlips issued = access.issue(getClassId(), keys, address(), session.getLocale());
        slips = issued.count() == 0 ? null : issued.pdf();
        Messages.addGlobalInfo(
                MessageFormat.format(
                        Texts.get("familyAccess.issued"), issued.count(), issued.skipped().size()));
        load();
    }

    /** The application's address as the teacher reached it, printed on the slips. */
    static String address() {
        ExternalContext ec = FacesContext.getCurrentInstance().getExternalContext();
        String url = ec.getRequestScheme() + "://" + ec.getRequestServerName();
        int port = ec.getRequestServerPort();
        boolean standard =
                ("http".equals(ec.getRequestScheme()) && port == 80)
                        || ("https".equals(ec.getRequestScheme()) && port == 443);
        return url + (standard ? "" : ":" + port) + ec.getRequestContextPath() + "/";
    }

    public StreamedContent getDownload() {
        byte[] pdf = slips;
        return pdf == null
                ? null
                : DefaultStreamedContent.builder()
                        .name("access-slips.pdf")
                        .contentType("application/pdf")
                        .stream(() -> new ByteArrayInputStream(pdf))
                        .build();
    }

    public boolean isSlipsReady() {
        return slips != null;
    }

    public FamilyAccessList getList() {
        return list;
    }

    public List<FamilyAccessList.Person> getSelected() {
        return selected;
    }

    public void setSelected(List<FamilyAccessList.Person> selected) {
        this.selected = selected == null ? new ArrayList<>() : selected;
    }

    public long signedIn() {
        return list == null
                ? 0
                : list.people().stream()
                        .filter(p -> p.status() == FamilyAccessList.Status.SIGNED_IN)
                        .count();
    }
}
