package io.sigillum.issuance.source;

/** The authentic source did not answer (down, slow, or its circuit is open); nothing was issued. */
public class AuthenticSourceUnavailable extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public AuthenticSourceUnavailable(String message, Throwable cause) {
        super(message, cause);
    }
}
