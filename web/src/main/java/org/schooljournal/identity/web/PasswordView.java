package org.schooljournal.identity.web;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.constraints.NotBlank;
import java.io.IOException;
import org.omnifaces.util.Faces;
import org.omnifaces.util.Messages;
import org.schooljournal.identity.boundary.Passwords;
import org.schooljournal.identity.boundary.SessionStamps;
import org.schooljournal.platform.web.PasswordChangeFirst;

/** Choosing one's own password, required after a one-time password (R-A04, R-A02). */
@Named("password")
@RequestScoped
public class PasswordView {
    @EJB Passwords passwords;

    @Inject SessionStamps stamps;

    @NotBlank private String current;

    @NotBlank private String next;

    @NotBlank private String repeated;

    public boolean isRequired() {
        return passwords.changeRequired();
    }

    public void change() throws IOException {
        if (!next.equals(repeated)) {
            Messages.create(Texts.get("password.mismatch")).error().add();
            return;
        }
        passwords.change(current, next);
        JournalAuthentication.keepSession(Faces.getRequest(), stamps);
        Faces.setSessionAttribute(PasswordChangeFirst.REQUIRED, false);
        Faces.setFlashAttribute("passwordChanged", true);
        Faces.redirect("app/home.xhtml");
    }

    public String getCurrent() {
        return current;
    }

    public void setCurrent(String current) {
        this.current = current;
    }

    public String getNext() {
        return next;
    }

    public void setNext(String next) {
        this.next = next;
    }

    public String getRepeated() {
        return repeated;
    }

    public void setRepeated(String repeated) {
        this.repeated = repeated;
    }
}
