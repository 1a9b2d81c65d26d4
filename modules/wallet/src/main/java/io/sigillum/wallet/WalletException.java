package io.sigillum.wallet;

/** A step of a wallet flow failed: the issuer refused, answered something malformed, or could not be reached. */
public class WalletException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** @param message what failed, for a person */
    public WalletException(String message) {
        super(message);
    }

    /**
     * @param message what failed, for a person
     * @param cause   the underlying failure
     */
    public WalletException(String message, Throwable cause) {
        super(message, cause);
    }
}
