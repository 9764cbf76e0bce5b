package org.schooljournal.identity.web;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.DatabaseIdentityStoreDefinition;
import jakarta.security.enterprise.identitystore.IdentityStoreHandler;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.Serializable;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Set;
import org.schooljournal.identity.boundary.LoginAttempts;
import org.schooljournal.identity.boundary.SessionStamps;
import org.schooljournal.platform.entity.Role;
import org.schooljournal.platform.rest.Problem;
import org.schooljournal.platform.web.ClientAddress;
import org.schooljournal.platform.web.RequestTexts;
import org.schooljournal.platform.web.SecurityHeaders;

/**
 * One mechanism for both front doors (R-A02): the screens sign in with a form (the login page calls
 * {@code SecurityContext.authenticate}), the REST API with HTTP Basic or the screens' session
 * cookie. Accounts and role groups come from the database; passwords are PBKDF2 hashes. Every
 * attempt is logged and repeated failures lock the account for a while.
 *
 * <p>A session ends at its next request when its account's password changes, the account is
 * disabled or locked ({@link SessionStamps}). A browser is never asked for a Basic password: the
 * API's 401 carries the Basic challenge only for a request that tried Basic or does not come from a
 * page (R-A03), so an expired session in the journal grid gets its problem detail, not the
 * browser's password box.
 */
@DatabaseIdentityStoreDefinition(
        dataSourceLookup = "jdbc/journal",
        // R-A05: a parent whose latest decision is a refusal of the processing of its personal
        // data has no electronic access; its login stays, signing in fails as a wrong password
        callerQuery =
                "select password_hash from account a where login = ? and enabled = true"
                        + " and not exists (select 1 from guardian g where g.account_id = a.id"
                        + " and g.consent = 'REFUSED')",
        // the caller's roles, and the staff group for a role of a school's staff (one parameter:
        // the store binds the login once)
        groupsQuery =
                "with c as (select r.role from account_role r join account a"
                        + " on a.id = r.account_id where a.login = ?)"
                        + " select role from c union select '"
                        + Role.STAFF
                        + "' from c where role in ("
                        + Role.STAFF_ROLES_SQL
                        + ")",
        hashAlgorithm = Pbkdf2PasswordHash.class)
@ApplicationScoped
public class JournalAuthentication implements HttpAuthenticationMechanism {
    static final String LOGIN_PAGE = "/login.xhtml";

    /**
     * Who signed in with the form, kept in the HTTP session. We keep it ourselves instead of
     * {@code @AutoApplySession}: Payara 6 (up to 6.2025.x; payara/Payara#6145, fixed by #7928 in
     * 2026) reuses the session's security subject unsafely under concurrent requests and answers
     * some of them 403 — a teacher's grid saves cells in parallel. Announcing the caller and its
     * groups afresh on each request takes the same path as a password check, which holds.
     */
    static final String SESSION_CALLER = JournalAuthentication.class.getName() + ".caller";

    /**
     * The signed-in caller, its role groups, and the stamp of its account at sign-in ({@link
     * SessionStamps}).
     */
    record SessionCaller(String login, Set<String> groups, String stamp) implements Serializable {
        private static final long serialVersionUID = 1L;
    }

    private static final Jsonb PROBLEMS = JsonbBuilder.create();

    /**
     * After the caller changed its own password in this session: this session stays signed in (with
     * the account's new stamp and a new id), every other session of the account ends.
     */
    public static void keepSession(HttpServletRequest request, SessionStamps stamps) {
        HttpSession session = request.getSession(false);
        if (session != null
                && session.getAttribute(SESSION_CALLER) instanceof SessionCaller known) {
            request.changeSessionId();
            request.getSession()
                    .setAttribute(
                            SESSION_CALLER,
                            new SessionCaller(
                                    known.login(), known.groups(), stamps.current(known.login())));
        }
    }

    @Inject IdentityStoreHandler identityStore;

    @EJB LoginAttempts attempts;

    @Inject SessionStamps stamps;

    @Override
    public AuthenticationStatus validateRequest(
            HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
        Credential credential = context.getAuthParameters().getCredential();
        if (context.isAuthenticationRequest()
                && credential instanceof UsernamePasswordCredential c) {
            return check(c, request, context, true);
        }
        String header = isApi(request) ? request.getHeader("Authorization") : null;
        if (header != null && header.regionMatches(true, 0, "Basic ", 0, 6)) {
            UsernamePasswordCredential basic = decodeBasic(header.substring(6).trim());
            if (basic != null
                    && check(basic, request, context, false) == AuthenticationStatus.SUCCESS) {
                return AuthenticationStatus.SUCCESS;
            }
            return unauthorized(request, response);
        }
        HttpSession session = request.getSession(false);
        if (session != null
                && session.getAttribute(SESSION_CALLER) instanceof SessionCaller known) {
            if (SecurityHeaders.isStaticResource(request) || isCurrent(known)) {
                return context.notifyContainerAboutLogin(known.login(), known.groups());
            }
            invalidate(session);
        }
        if (isApi(request)) {
            return context.isProtected() ? unauthorized(request, response) : context.doNothing();
        }
        if (context.isProtected()) {
            SecurityHeaders.addTo(request, response);
            return context.redirect(loginPageReturningTo(request));
        }
        return context.doNothing();
    }

    /**
     * The login page, with the page asked for as {@code next} when it is a safe one to return to.
     */
    static String loginPageReturningTo(HttpServletRequest request) {
        String login = request.getContextPath() + LOGIN_PAGE;
        if (!"GET".equals(request.getMethod())) {
            return login;
        }
        String asked =
                request.getRequestURI()
                        + (request.getQueryString() == null ? "" : "?" + request.getQueryString());
        return NextPage.of(asked, request.getContextPath())
                .map(next -> login + "?next=" + URLEncoder.encode(next, StandardCharsets.UTF_8))
                .orElse(login);
    }

    /**
     * {@code remember}: a form sign-in, kept in the session (a new session id against fixation).
     */
    private AuthenticationStatus check(
            UsernamePasswordCredential credential,
            HttpServletRequest request,
            HttpMessageContext context,
            boolean remember) {
        String login = credential.getCaller();
        String from = ClientAddress.of(request);
        if (attempts.isLocked(login)) {
            attempts.record(login, from, false);
            return AuthenticationStatus.SEND_FAILURE;
        }
        CredentialValidationResult result = identityStore.validate(credential);
        boolean valid = result.getStatus() == CredentialValidationResult.Status.VALID;
        attempts.record(login, from, valid);
        if (!valid) {
            // A failed form login goes back to the login page with its message, not an error page.
            return AuthenticationStatus.SEND_FAILURE;
        }
        if (remember) {
            String caller = result.getCallerPrincipal().getName();
            request.getSession(true);
            request.changeSessionId();
            request.getSession()
                    .setAttribute(
                            SESSION_CALLER,
                            new SessionCaller(
                                    caller,
                                    Set.copyOf(result.getCallerGroups()),
                                    stamps.current(caller)));
        }
        return context.notifyContainerAboutLogin(result);
    }

    /** The account is still as it was at sign-in: same password, enabled, not locked since. */
    private boolean isCurrent(SessionCaller known) {
        return stamps.stillCurrent(known.login(), known.stamp());
    }

    private static void invalidate(HttpSession session) {
        try {
            session.invalidate();
        } catch (IllegalStateException alreadyInvalidated) {
            // a parallel request of the same session ended it first
        }
    }

    private static boolean isApi(HttpServletRequest request) {
        return request.getRequestURI().startsWith(request.getContextPath() + "/api/");
    }

    private static UsernamePasswordCredential decodeBasic(String encoded) {
        try {
            String pair = new String(Base64.getDecoder().decode(encoded), StandardCharsets.UTF_8);
            int colon = pair.indexOf(':');
            return colon < 1
                    ? null
                    : new UsernamePasswordCredential(
                            pair.substring(0, colon), pair.substring(colon + 1));
        } catch (IllegalArgumentException notBase64) {
            return null;
        }
    }

    /**
     * A 401 in the API's problem format, in the caller's language; nothing about why. The Basic
     * challenge only when the request tried Basic or does not come from a browser page.
     */
    private static AuthenticationStatus unauthorized(
            HttpServletRequest request, HttpServletResponse response) {
        try {
            SecurityHeaders.addTo(request, response);
            response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
            if (wantsBasicChallenge(request)) {
                response.setHeader(
                        "WWW-Authenticate", "Basic realm=\"School Journal\", charset=\"UTF-8\"");
            }
            response.setContentType("application/problem+json;charset=UTF-8");
            response.getWriter()
                    .write(
                            PROBLEMS.toJson(
                                    Problem.response(
                                                    Response.Status.UNAUTHORIZED,
                                                    RequestTexts.of(request)
                                                            .getString("error.signIn"))
                                            .getEntity()));
        } catch (IOException e) {
            // the client went away; the status is what matters
        }
        return AuthenticationStatus.SEND_FAILURE;
    }

    /**
     * An API client (or a person exploring the API) may be asked for a password; a page of the
     * journal must not be: its script, a session cookie or fetch metadata give it away.
     */
    static boolean wantsBasicChallenge(HttpServletRequest request) {
        if (request.getHeader("Authorization") != null) {
            return true;
        }
        String mode = request.getHeader("Sec-Fetch-Mode");
        boolean fromScript = mode != null && !"navigate".equalsIgnoreCase(mode);
        return !fromScript
                && request.getHeader("X-Requested-With") == null
                && request.getRequestedSessionId() == null;
    }
}
