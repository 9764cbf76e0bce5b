package org.schooljournal.school.web;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.text.MessageFormat;
import java.util.List;
import java.util.regex.Pattern;
import org.omnifaces.util.Messages;
import org.schooljournal.identity.web.SessionView;
import org.schooljournal.identity.web.Texts;
import org.schooljournal.school.boundary.CreatedSchool;
import org.schooljournal.school.boundary.Municipality;
import org.schooljournal.school.boundary.NewAccount;
import org.schooljournal.school.boundary.SchoolCount;

/**
 * The municipality's overview of its schools (R-T02): counts, no personal data; and the municipal
 * administrator's form for a new school with its head and administrator. The one-time passwords of
 * a created school live only in this request's response, never in the session.
 */
@Named("schools")
@RequestScoped
public class SchoolsView {
    /** The same rule as {@link NewAccount#login()}'s constraint. */
    private static final Pattern LOGIN = Pattern.compile("[a-z0-9._-]{3,40}");

    @EJB Municipality municipality;

    @Inject SessionView session;

    private List<SchoolCount> all;

    private String name;
    private String shortName;
    private String headLogin;
    private String headFullName;
    private String adminLogin;
    private String adminFullName;
    private CreatedSchool created;

    public List<SchoolCount> getAll() {
        if (all == null) {
            all = municipality.schools();
        }
        return all;
    }

    /** Creates the school; on success shows the logins and passwords once and clears the form. */
    public void create() {
        if (!complete()) {
            return;
        }
        created =
                municipality.createSchool(
                        name,
                        shortName,
                        new NewAccount(headLogin, headFullName),
                        new NewAccount(adminLogin, adminFullName));
        all = null;
        name = null;
        shortName = null;
        headLogin = null;
        headFullName = null;
        adminLogin = null;
        adminFullName = null;
        Messages.addGlobalInfo(
                MessageFormat.format(Texts.get("municipality.created"), created.name()));
    }

    /** Names every empty field and every malformed login before the boundary is asked. */
    private boolean complete() {
        boolean ok = true;
        String[][] fields = {
            {name, "municipality.name"},
            {shortName, "municipality.shortName"},
            {headLogin, "municipality.head"},
            {headFullName, "municipality.head"},
            {adminLogin, "municipality.admin"},
            {adminFullName, "municipality.admin"}
        };
        for (int i = 0; i < fields.length; i++) {
            if (fields[i][0] == null || fields[i][0].isBlank()) {
                String label = Texts.get(fields[i][1]);
                if (i >= 2) {
                    label +=
                            ": "
                                    + Texts.get(
                                            i % 2 == 0
                                                    ? "municipality.login"
                                                    : "municipality.fullName");
                }
                Messages.addGlobalError(
                        MessageFormat.format(Texts.get("municipality.required"), label));
                ok = false;
            }
        }
        for (String login : new String[] {headLogin, adminLogin}) {
            if (login != null && !login.isBlank() && !LOGIN.matcher(login).matches()) {
                Messages.addGlobalError(
                        MessageFormat.format(Texts.get("municipality.badLogin"), login));
                ok = false;
            }
        }
        return ok;
    }

    public CreatedSchool getCreated() {
        return created;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getShortName() {
        return shortName;
    }

    public void setShortName(String shortName) {
        this.shortName = shortName;
    }

    public String getHeadLogin() {
        return headLogin;
    }

    public void setHeadLogin(String headLogin) {
        this.headLogin = headLogin;
    }

    public String getHeadFullName() {
        return headFullName;
    }

    public void setHeadFullName(String headFullName) {
        this.headFullName = headFullName;
    }

    public String getAdminLogin() {
        return adminLogin;
    }

    public void setAdminLogin(String adminLogin) {
        this.adminLogin = adminLogin;
    }

    public String getAdminFullName() {
        return adminFullName;
    }

    public void setAdminFullName(String adminFullName) {
        this.adminFullName = adminFullName;
    }
}
