package org.primarysources.archive.ui.testing;

import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.primarysources.archive.core.account.Role;

import java.security.Principal;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Jakarta Security as the server provides it, reduced to what the UI uses: a caller (or none), their roles, and
 * programmatic sign-in against a few known accounts.
 */
public final class FakeSecurityContext implements SecurityContext {

    private final Map<String, Account> accounts = new HashMap<>();
    private Account caller;
    private SignInAttempt lastSignIn;

    private FakeSecurityContext(Account caller) {
        this.caller = caller;
    }

    public static FakeSecurityContext anonymous() {
        return new FakeSecurityContext(null);
    }

    public static FakeSecurityContext signedInAs(String name, Role... roles) {
        return new FakeSecurityContext(new Account(name, "", roleNames(roles)));
    }

    /** An account that {@link #authenticate} accepts. */
    public FakeSecurityContext withAccount(String name, String password, Role... roles) {
        accounts.put(name, new Account(name, password, roleNames(roles)));
        return this;
    }

    /** What the server does on {@code HttpServletRequest.logout()}: it forgets the caller. */
    void logout() {
        caller = null;
    }

    public boolean isSignedIn() {
        return caller != null;
    }

    public Optional<SignInAttempt> lastSignIn() {
        return Optional.ofNullable(lastSignIn);
    }

    @Override
    public Principal getCallerPrincipal() {
        return caller == null ? null : caller::name;
    }

    @Override
    public <T extends Principal> Set<T> getPrincipalsByType(Class<T> type) {
        Principal principal = getCallerPrincipal();
        return type.isInstance(principal) ? Set.of(type.cast(principal)) : Set.of();
    }

    @Override
    public boolean isCallerInRole(String role) {
        return caller != null && caller.roles().contains(role);
    }

    @Override
    public boolean hasAccessToWebResource(String resource, String... methods) {
        return true;
    }

    @Override
    public AuthenticationStatus authenticate(HttpServletRequest request, HttpServletResponse response,
            AuthenticationParameters parameters) {
        UsernamePasswordCredential credential = (UsernamePasswordCredential) parameters.getCredential();
        lastSignIn = new SignInAttempt(credential.getCaller(), credential.getPasswordAsString(),
                parameters.isNewAuthentication(), request != null && response != null);
        Account account = accounts.get(credential.getCaller());
        if (account == null || !account.password().equals(credential.getPasswordAsString())) {
            return AuthenticationStatus.SEND_FAILURE;
        }
        caller = account;
        return AuthenticationStatus.SUCCESS;
    }

    private static Set<String> roleNames(Role... roles) {
        return Arrays.stream(roles).map(Role::roleName).collect(Collectors.toUnmodifiableSet());
    }

    /** What a view passed to {@link #authenticate}. */
    public record SignInAttempt(String name, String password, boolean newAuthentication,
            boolean withServletRequestAndResponse) {
    }

    private record Account(String name, String password, Set<String> roles) {
    }
}
