package org.schooljournal.diary.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.ByteArrayInputStream;
import java.io.Serializable;
import java.text.MessageFormat;
import org.omnifaces.util.Messages;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;
import org.schooljournal.diary.boundary.PasswordResets;
import org.schooljournal.identity.web.SessionView;
import org.schooljournal.identity.web.Texts;

/**
 * R-A04 on the staff screen: the school administrator resets a password of its school (a member of
 * staff's from its row, a pupil's or parent's by login); the new one-time password is shown once
 * and can be printed as a slip until it is hidden.
 */
@Named("passwordReset")
@ViewScoped
public class PasswordResetView implements Serializable {
    private static final long serialVersionUID = 1L;

    @Inject PasswordResets resets;

    @Inject SessionView session;

    private String login;
    private String shownLogin;
    private String shownName;
    private String shownPassword;
    private byte[] slip;

    /** Resets the typed login's password. */
    public void reset() {
        reset(login);
    }

    public void reset(String account) {
        hide();
        if (account == null || account.isBlank()) {
            Messages.addGlobalError(Texts.get("passwordReset.required"));
            return;
        }
        PasswordResets.Reset done =
                resets.reset(account, FamilyAccessView.address(), session.getLocale());
        shownLogin = done.login();
        shownName = done.fullName();
        shownPassword = done.password();
        slip = done.slip();
        login = null;
        Messages.addGlobalInfo(
                MessageFormat.format(Texts.get("passwordReset.done"), shownName, shownLogin));
    }

    /** Forgets the password shown. */
    public void hide() {
        shownLogin = null;
        shownName = null;
        shownPassword = null;
        slip = null;
    }

    public StreamedContent getSlip() {
        byte[] pdf = slip;
        return pdf == null
                ? null
                : DefaultStreamedContent.builder()
                        .name("password-slip.pdf")
                        .contentType("application/pdf")
                        .stream(() -> new ByteArrayInputStream(pdf))
                        .build();
    }

    public boolean isShown() {
        return shownPassword != null;
    }

    public String getShownLogin() {
        return shownLogin;
    }

    public String getShownName() {
        return shownName;
    }

    public String getShownPassword() {
        return shownPassword;
    }

    public String getLogin() {
        return login;
    }

    public void setLogin(String login) {
        this.login = login;
    }
}
