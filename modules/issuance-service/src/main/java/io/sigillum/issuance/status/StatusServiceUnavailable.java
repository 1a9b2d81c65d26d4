package io.sigillum.issuance.status;

/** The status service could not allocate an entry now; nothing was issued. */
public class StatusServiceUnavailable extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public StatusServiceUnavailable(String message, Throwable cause) {
        super(message, cause);
    }
}
