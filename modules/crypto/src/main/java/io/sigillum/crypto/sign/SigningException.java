package io.sigillum.crypto.sign;

import java.io.Serial;

/** A signer could not sign: its key is unusable, or the place that holds it failed. */
public final class SigningException extends RuntimeException {

    @Serial
    private static final long serialVersionUID = 1L;

    /**
     * @param message what failed, naming the key id but never key material
     * @param cause   the underlying failure
     */
    public SigningException(String message, Throwable cause) {
        super(message, cause);
    }
}
