package org.schooljournal.identity.web;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.SessionScoped;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.util.Locale;
import org.omnifaces.util.Faces;
import org.schooljournal.identity.boundary.Accounts;
import org.schooljournal.identity.boundary.Profile;
import org.schooljournal.platform.entity.Role;

/** The signed-in session: who, in which language, and signing out. */
@Named("me")
@SessionScoped
public class SessionView implements Serializable {
    private static final long serialVersionUID = 1L;

    // Not transient: the session moves to another instance of a cluster with it (web.xml).
    @EJB Accounts accounts;

    private Locale locale = Locale.forLanguageTag("ru");
    private Profile profile;

    public Profile getProfile() {
        if (profile == null && Faces.getRemoteUser() != null) {
            profile = accounts.me();
        }
        return profile;
    }

    public boolean has(String role) {
        Profile p = getProfile();
        return p != null && p.roles().contains(role);
    }

    public boolean isStaff() {
        return has(Role.TEACHER)
                || has(Role.CLASS_TEACHER)
                || has(Role.HEAD)
                || has(Role.DEPUTY_HEAD);
    }

    /** Head, deputy head and school administrator set the school year up (issue 3). */
    public boolean isSetup() {
        return has(Role.HEAD) || has(Role.DEPUTY_HEAD) || has(Role.SCHOOL_ADMIN);
    }

    public boolean isFamily() {
        return has(Role.PARENT) || has(Role.PUPIL);
    }

    public Locale getLocale() {
        return locale;
    }

    public String getLanguage() {
        return locale.getLanguage();
    }

    public void switchTo(String language) throws IOException {
        locale = "en".equals(language) ? Locale.ENGLISH : Locale.forLanguageTag("ru");
        Faces.refreshWithQueryString();
    }

    public void signOut() throws IOException, jakarta.servlet.ServletException {
        profile = null;
        Faces.logout();
        Faces.invalidateSession();
        Faces.redirect("login.xhtml");
    }
}
