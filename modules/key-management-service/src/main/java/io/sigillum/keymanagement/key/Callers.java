package io.sigillum.keymanagement.key;

import jakarta.ws.rs.core.SecurityContext;
import org.eclipse.microprofile.jwt.JsonWebToken;

import java.security.Principal;

/** Who is calling: the {@code sub} of the caller's token, which grants and audit records name. */
public final class Callers {

    private Callers() {
    }

    public static String of(SecurityContext security) {
        Principal principal = security == null ? null : security.getUserPrincipal();
        if (principal instanceof JsonWebToken token && token.getSubject() != null) {
            return token.getSubject();
        }
        return principal == null ? "anonymous" : principal.getName();
    }
}
