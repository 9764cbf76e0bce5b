package org.schooljournal.identity.web;

import static jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters.withParams;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.constraints.NotBlank;
import java.io.IOException;
import org.omnifaces.util.Faces;
import org.omnifaces.util.Messages;

/**
 * The sign-in form. A failure says nothing about which part was wrong (R-A02). After signing in the
 * caller goes to the page named by {@code ?next=} if it is a safe one ({@link NextPage}), such as
 * the journal grid whose session expired, else home.
 */
@Named("login")
@RequestScoped
public class LoginView {
    @Inject SecurityContext security;

    @NotBlank private String username;

    @NotBlank private String password;

    private String next;

    public void signIn() throws IOException {
        FacesContext faces = FacesContext.getCurrentInstance();
        ExternalContext external = faces.getExternalContext();
        AuthenticationStatus status =
                security.authenticate(
                        (HttpServletRequest) external.getRequest(),
                        (HttpServletResponse) external.getResponse(),
                        withParams()
                                .newAuthentication(true)
                                .credential(
                                        new UsernamePasswordCredential(
                                                username.strip(), password)));
        switch (status) {
            case SEND_CONTINUE -> faces.responseComplete();
            case SUCCESS ->
                    Faces.redirect(
                            NextPage.of(next, external.getRequestContextPath())
                                    .orElse("app/home.xhtml"));
            default -> {
                password = null;
                Messages.create(Texts.get("login.failed")).error().add();
            }
        }
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public String getNext() {
        return next;
    }

    public void setNext(String next) {
        this.next = next;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }
}
