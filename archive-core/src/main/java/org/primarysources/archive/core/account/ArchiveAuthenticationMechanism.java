package org.primarysources.archive.core.account;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStoreHandler;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.primarysources.archive.core.error.DatabaseOutage;
import org.primarysources.archive.core.platform.DatabaseProbe;

import java.io.IOException;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Set;

/**
 * How callers prove who they are.
 * <ul>
 *   <li>API clients send HTTP Basic on every request; no session is created for them.</li>
 *   <li>The browser UI signs in once through {@code SecurityContext.authenticate(…)} with a
 *       {@link UsernamePasswordCredential}; the caller is then kept in the HTTP session. The session is honoured
 *       for the UI and for safe (GET/HEAD) API requests only, so a cookie can never be used to write through
 *       the API from another site.</li>
 * </ul>
 * Every password check goes through the {@link SignInGuard} first: after repeated failures an account name or a
 * client address must wait, then is locked for a while (HTTP 429 with {@code Retry-After}; in the browser, the
 * sign-in form says why). Whether a caller may do something is decided later, by roles.
 */
@ApplicationScoped
class ArchiveAuthenticationMechanism implements HttpAuthenticationMechanism {

    static final String SESSION_CALLER = ArchiveAuthenticationMechanism.class.getName() + ".caller";
    static final String REALM = "archive";
    static final int TOO_MANY_REQUESTS = 429;

    private final IdentityStoreHandler identityStores;
    private final DatabaseProbe database;
    private final SignInGuard guard;

    @Inject
    ArchiveAuthenticationMechanism(IdentityStoreHandler identityStores, DatabaseProbe database, SignInGuard guard) {
        this.identityStores = identityStores;
        this.database = database;
        this.guard = guard;
    }

    /** Only for the CDI client proxy. */
    protected ArchiveAuthenticationMechanism() {
        this(null, null, null);
    }

    @Override
    public AuthenticationStatus validateRequest(HttpServletRequest request, HttpServletResponse response,
                                                HttpMessageContext context) {
        Credential programmatic = context.getAuthParameters().getCredential();
        if (programmatic != null) {
            return signIn(request, context, programmatic);
        }
        String authorization = request.getHeader("Authorization");
        if (authorization != null && authorization.regionMatches(true, 0, "Basic ", 0, 6)) {
            return basic(authorization.substring(6).trim(), request, response, context);
        }
        HttpSession session = request.getSession(false);
        if (session != null && session.getAttribute(SESSION_CALLER) instanceof SignedInCaller caller
                && sessionAllowedFor(request)) {
            return context.notifyContainerAboutLogin(caller.name(), caller.groups());
        }
        return context.doNothing();
    }

    private AuthenticationStatus signIn(HttpServletRequest request, HttpMessageContext context, Credential credential) {
        String username = credential instanceof UsernamePasswordCredential login ? login.getCaller() : null;
        SignInGuard.Refusal refusal = guard.admit(username, request.getRemoteAddr());
        if (refusal != null) {
            SignInRefusal.tell(request, refusal.detail());
            return AuthenticationStatus.SEND_FAILURE;
        }
        CredentialValidationResult result;
        try {
            result = identityStores.validate(credential);
        } catch (HashingBusyException e) {
            SignInRefusal.tell(request, e.getMessage());
            return AuthenticationStatus.SEND_FAILURE;
        }
        if (result.getStatus() != CredentialValidationResult.Status.VALID) {
            guard.failed(username, request.getRemoteAddr());
            return AuthenticationStatus.SEND_FAILURE;
        }
        guard.succeeded(username);
        HttpSession session = request.getSession(true);
        request.changeSessionId(); // no session fixation
        session = request.getSession(false);
        session.setAttribute(SESSION_CALLER,
                new SignedInCaller(result.getCallerPrincipal().getName(), Set.copyOf(result.getCallerGroups())));
        return context.notifyContainerAboutLogin(result);
    }

    private AuthenticationStatus basic(String encoded, HttpServletRequest request, HttpServletResponse response,
                                       HttpMessageContext context) {
        String decoded;
        try {
            decoded = new String(Base64.getDecoder().decode(encoded), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return unauthorized(response, "The Authorization header is not valid HTTP Basic.");
        }
        int colon = decoded.indexOf(':');
        if (colon < 0) {
            return unauthorized(response, "The Authorization header is not valid HTTP Basic.");
        }
        String username = decoded.substring(0, colon);
        SignInGuard.Refusal refusal = guard.admit(username, request.getRemoteAddr());
        if (refusal != null) {
            response.setHeader("Retry-After", Long.toString(refusal.retryAfterSeconds()));
            return problem(response, TOO_MANY_REQUESTS, "Too Many Requests", refusal.detail());
        }
        CredentialValidationResult result;
        try {
            result = identityStores.validate(new UsernamePasswordCredential(username, decoded.substring(colon + 1)));
        } catch (HashingBusyException e) {
            response.setHeader("Retry-After", Integer.toString(HashingBusyException.RETRY_AFTER_SECONDS));
            return problem(response, HttpServletResponse.SC_SERVICE_UNAVAILABLE, "Busy", e.getMessage());
        } catch (RuntimeException e) {
            if (!DatabaseOutage.caused(e) && database.answers()) {
                throw e;
            }
            // before JAX-RS, so its exception mappers cannot answer: the same 503 as theirs
            response.setHeader("Retry-After", Integer.toString(DatabaseOutage.RETRY_AFTER_SECONDS));
            return problem(response, HttpServletResponse.SC_SERVICE_UNAVAILABLE, DatabaseOutage.TITLE,
                    DatabaseOutage.DETAIL);
        }
        if (result.getStatus() != CredentialValidationResult.Status.VALID) {
            guard.failed(username, request.getRemoteAddr());
            return unauthorized(response, "User name or password is wrong.");
        }
        guard.succeeded(username);
        return context.notifyContainerAboutLogin(result);
    }

    private static boolean sessionAllowedFor(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        boolean api = path.startsWith("/api/") || path.equals("/api");
        return !api || "GET".equals(request.getMethod()) || "HEAD".equals(request.getMethod());
    }

    private static AuthenticationStatus unauthorized(HttpServletResponse response, String detail) {
        response.setHeader("WWW-Authenticate", "Basic realm=\"" + REALM + "\", charset=\"UTF-8\"");
        return problem(response, HttpServletResponse.SC_UNAUTHORIZED, "Unauthorized", detail);
    }

    /** Problem details written by hand: the request never reaches JAX-RS and its mappers. */
    private static AuthenticationStatus problem(HttpServletResponse response, int status, String title,
                                                String detail) {
        try {
            response.setStatus(status);
            response.setContentType("application/problem+json");
            response.setCharacterEncoding("UTF-8");
            response.getWriter().write(Json.createObjectBuilder()
                    .add("type", "about:blank")
                    .add("title", title)
                    .add("status", status)
                    .add("detail", detail)
                    .build().toString());
        } catch (IOException e) {
            // the client went away; nothing more to tell it
        }
        return AuthenticationStatus.SEND_FAILURE;
    }

    /** Who signed in through the browser; kept in the HTTP session. */
    record SignedInCaller(String name, Set<String> groups) implements Serializable {
    }
}
