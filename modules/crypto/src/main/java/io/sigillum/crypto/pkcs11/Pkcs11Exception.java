package io.sigillum.crypto.pkcs11;

import java.io.Serial;
import java.util.Objects;

/**
 * A PKCS#11 token could not be opened or did not do what was asked; {@link #reason()} says
 * which. Messages name the library, the slot and the alias, never the PIN or key material.
 */
public final class Pkcs11Exception extends RuntimeException {

    @Serial
    private static final long serialVersionUID = 1L;

    /** Why a token operation failed. */
    public enum Reason {
        /** This Java runtime has no {@code SunPKCS11} provider (module {@code jdk.crypto.cryptoki}). */
        PROVIDER_UNAVAILABLE,
        /** No file at the configured library path. */
        LIBRARY_NOT_FOUND,
        /** The library is there but does not load as a PKCS#11 module, or fails to initialise. */
        LIBRARY_FAILED,
        /** No usable token in the configured slot: no such slot, or a token not initialised. */
        TOKEN_NOT_FOUND,
        /** The token refused the PIN (PKCS#11 {@code CKR_PIN_INCORRECT} or {@code CKR_PIN_LEN_RANGE}). */
        WRONG_PIN,
        /** The token refuses every login: too many wrong PINs ({@code CKR_PIN_LOCKED}). */
        PIN_LOCKED,
        /** No key under this alias on the token. */
        UNKNOWN_ALIAS,
        /** A key already has this alias: generating would shadow it. */
        ALIAS_IN_USE,
        /** Any other failure of the token or the provider. */
        TOKEN_FAILURE
    }

    private final Reason reason;

    /**
     * @param reason  why
     * @param message details, never the PIN or key material
     * @param cause   the underlying failure, or {@code null}
     */
    public Pkcs11Exception(Reason reason, String message, Throwable cause) {
        super(message, cause);
        this.reason = Objects.requireNonNull(reason, "reason");
    }

    /** @return why the operation failed */
    public Reason reason() {
        return reason;
    }
}
