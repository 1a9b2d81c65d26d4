package io.sigillum.wallet;

import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * A step of a wallet flow failed: the issuer refused (its HTTP status and OAuth {@code error} are
 * kept), answered something malformed, could not be reached, or sent a credential the wallet does
 * not accept (the {@link Check} that failed is kept).
 */
public class WalletException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** The step of {@link Wallet#receive(String, String)} that failed. */
    public enum Step {
        /** Resolving the Credential Offer (OID4VCI 1.0 §4.1). */
        OFFER,
        /** Reading Credential Issuer (§12.2) or Authorization Server (RFC 8414) metadata. */
        METADATA,
        /** The Token Request (§6). */
        TOKEN,
        /** The Nonce Request (§7). */
        NONCE,
        /** The Credential Request (§8). */
        CREDENTIAL,
        /** Polling the Deferred Credential Endpoint (§9). */
        DEFERRED,
        /** Verifying a received credential. */
        VERIFICATION,
        /** The Notification Request (§11). */
        NOTIFICATION
    }

    /** The check a received credential failed. */
    public enum Check {
        /** The format is not one this wallet can verify. */
        FORMAT,
        /** The credential or its issuer-signed JWT cannot be read. */
        MALFORMED,
        /** The {@code x5c} chain is missing, or does not lead to a configured trust anchor. */
        CERTIFICATE_CHAIN,
        /** The {@code x5c} leaf does not name the credential's {@code iss}. */
        ISSUER_CERTIFICATE_NAME,
        /** The issuer signature does not verify with the {@code x5c} leaf key. */
        ISSUER_SIGNATURE,
        /** The header {@code typ} is not {@code dc+sd-jwt}. */
        TYPE,
        /** {@code vct} is not what the Credential Configuration says. */
        VCT,
        /** {@code iss} is not the Credential Issuer Identifier. */
        ISSUER,
        /** {@code cnf.jwk} is missing or is not the key of one of the proofs sent. */
        HOLDER_KEY,
        /** A Disclosure is malformed, repeated, or not referenced by a digest. */
        DISCLOSURES,
        /** {@code exp} or {@code nbf} do not hold now. */
        VALIDITY
    }

    private final Step step;
    private final int httpStatus;
    private final String error;
    private final String errorDescription;
    private final Check check;

    private WalletException(Step step, String message, Throwable cause, int httpStatus, String error,
                            String errorDescription, Check check) {
        super(message, cause);
        this.step = Objects.requireNonNull(step, "step");
        this.httpStatus = httpStatus;
        this.error = error;
        this.errorDescription = errorDescription;
        this.check = check;
    }

    /**
     * @param step    the step that failed
     * @param message what failed, for a person
     */
    public WalletException(Step step, String message) {
        this(step, message, null, -1, null, null, null);
    }

    /**
     * @param step    the step that failed
     * @param message what failed, for a person
     * @param cause   the underlying failure
     */
    public WalletException(Step step, String message, Throwable cause) {
        this(step, message, cause, -1, null, null, null);
    }

    /**
     * The issuer or its authorization server answered with an error.
     *
     * @param step             the step that failed
     * @param message          what failed, for a person
     * @param httpStatus       the HTTP status of the answer
     * @param error            the OAuth {@code error} code, or {@code null} when none was sent
     * @param errorDescription the {@code error_description}, or {@code null}
     * @return the exception
     */
    public static WalletException refused(Step step, String message, int httpStatus, String error, String errorDescription) {
        return new WalletException(step, message, null, httpStatus, error, errorDescription, null);
    }

    /**
     * A received credential failed a check.
     *
     * @param check   the check
     * @param message what failed, for a person
     * @param cause   the underlying failure, or {@code null}
     * @return the exception, at {@link Step#VERIFICATION}
     */
    public static WalletException failedCheck(Check check, String message, Throwable cause) {
        return new WalletException(Step.VERIFICATION, message, cause, -1, null, null, Objects.requireNonNull(check, "check"));
    }

    /** @return the step that failed */
    public Step step() {
        return step;
    }

    /** @return the HTTP status of the answer that caused this, if an answer did */
    public OptionalInt httpStatus() {
        return httpStatus < 0 ? OptionalInt.empty() : OptionalInt.of(httpStatus);
    }

    /** @return the OAuth {@code error} code the server sent, e.g. {@code invalid_grant} */
    public Optional<String> error() {
        return Optional.ofNullable(error);
    }

    /** @return the {@code error_description} the server sent */
    public Optional<String> errorDescription() {
        return Optional.ofNullable(errorDescription);
    }

    /** @return the credential check that failed, at {@link Step#VERIFICATION} */
    public Optional<Check> check() {
        return Optional.ofNullable(check);
    }
}
