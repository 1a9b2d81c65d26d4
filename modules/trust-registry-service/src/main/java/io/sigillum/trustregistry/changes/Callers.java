package io.sigillum.trustregistry.changes;

import jakarta.ws.rs.core.SecurityContext;
import org.eclipse.microprofile.jwt.JsonWebToken;

import java.security.Principal;

/** Who is calling: the {@code sub} of the caller's token (else its {@code upn}), as the change log names them. */
public final class Callers {

    /** The width of the log's {@code changed_by} column. */
    static final int MAX_LENGTH = 255;

    private Callers() {
    }

    public static String of(SecurityContext security) {
        Principal principal = security == null ? null : security.getUserPrincipal();
        String name;
        if (principal instanceof JsonWebToken token && token.getSubject() != null) {
            name = token.getSubject();
        } else {
            name = principal == null || principal.getName() == null ? "anonymous" : principal.getName();
        }
        return name.length() > MAX_LENGTH ? name.substring(0, MAX_LENGTH - 1) + "…" : name;
    }
}
