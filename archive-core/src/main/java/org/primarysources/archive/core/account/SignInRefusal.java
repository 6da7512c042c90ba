package org.primarysources.archive.core.account;

import jakarta.servlet.http.HttpServletRequest;

import java.util.Optional;

/**
 * Why a browser sign-in was refused before its password was checked (too many failures, a lock, every core busy),
 * in words for the sign-in form: the authentication mechanism leaves it on the request.
 */
public final class SignInRefusal {

    private static final String ATTRIBUTE = SignInRefusal.class.getName();

    private SignInRefusal() {
    }

    static void tell(HttpServletRequest request, String reason) {
        request.setAttribute(ATTRIBUTE, reason);
    }

    /** The reason left on this request, if the sign-in was refused unchecked. */
    public static Optional<String> of(HttpServletRequest request) {
        return Optional.ofNullable(request.getAttribute(ATTRIBUTE)).map(Object::toString);
    }
}
