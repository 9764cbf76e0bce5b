package org.schooljournal.diary.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.omnifaces.util.Messages;
import org.schooljournal.diary.boundary.MessageForm;
import org.schooljournal.diary.boundary.ParentMessages;
import org.schooljournal.diary.entity.ParentMessage;
import org.schooljournal.identity.web.Texts;
import org.schooljournal.platform.control.SchoolClock;

/**
 * The journal's teacher writes a message or a recommendation to a pupil's parents (R-J13) and sees
 * what was sent from the journal. The boundary checks the journal is the caller's and lists the
 * pupil.
 */
@Named("parentMessages")
@ViewScoped
public class ParentMessagesView implements Serializable {
    private static final long serialVersionUID = 1L;

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm");

    @Inject ParentMessages messages;

    @Inject SchoolClock schoolClock;

    private Long id;
    private MessageForm form;
    private Long pupilId;
    private ParentMessage.Kind kind = ParentMessage.Kind.MESSAGE;
    private String body;

    /** Reads the journal of the {@code id} parameter (once per view). */
    public void load() {
        if (id == null || form != null) {
            return;
        }
        reload();
    }

    private void reload() {
        form = null; // refused: nothing can be sent
        form = messages.form(id);
    }

    /** Sends the message; the form keeps the pupil and the kind, and empties the text. */
    public void send() {
        if (form == null) {
            return;
        }
        if (pupilId == null) {
            Messages.addGlobalError(Texts.get("parentMessages.noPupil"));
            return;
        }
        messages.post(id, pupilId, kind, body);
        body = null;
        Messages.addGlobalInfo(Texts.get("parentMessages.sent"));
        reload();
    }

    public String shown(Instant at) {
        return at == null ? "" : WHEN.withZone(schoolClock.zone()).format(at);
    }

    /** Only what the boundary takes from a journal: no reminder (R-A06, the acknowledgement's). */
    public ParentMessage.Kind[] getKinds() {
        return ParentMessages.journalKinds();
    }

    public int getMaxBody() {
        return ParentMessage.MAX_BODY;
    }

    public List<MessageForm.Sent> getSent() {
        return form == null ? List.of() : form.sent();
    }

    public MessageForm getForm() {
        return form;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public Long getPupilId() {
        return pupilId;
    }

    public void setPupilId(Long pupilId) {
        this.pupilId = pupilId;
    }

    public ParentMessage.Kind getKind() {
        return kind;
    }

    public void setKind(ParentMessage.Kind kind) {
        this.kind = kind;
    }

    public String getBody() {
        return body;
    }

    public void setBody(String body) {
        this.body = body;
    }
}
