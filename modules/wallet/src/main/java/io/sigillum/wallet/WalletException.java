package io.sigillum.wallet;

import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * A step of a wallet flow failed: the issuer or verifier refused (its HTTP status and OAuth
 * {@code error} are kept), answered something malformed, could not be reached, sent a credential
 * the wallet does not accept (the {@link Check} that failed is kept), or sent an Authorization
 * Request the wallet does not accept (the {@link RequestCheck} that failed is kept).
 */
public class WalletException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** The step of {@link Wallet#receive(String, String)} or {@link Wallet#present(String)} that failed. */
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
        NOTIFICATION,
        /** Resolving and checking an OpenID4VP Authorization Request (OID4VP 1.0 §5, RFC 9101). */
        AUTHORIZATION_REQUEST,
        /** Matching the DCQL query and building the presentations (OID4VP 1.0 §6, §8.1). */
        PRESENTATION,
        /** Sending the Authorization Response to the Verifier's {@code response_uri} (OID4VP 1.0 §8.2, §8.3). */
        RESPONSE
    }

    /** The check an Authorization Request failed (OID4VP 1.0 §5, RFC 9101). */
    public enum RequestCheck {
        /** The link, the Request Object or one of its parameters cannot be read. */
        MALFORMED,
        /** The Request Object's {@code typ} is not {@code oauth-authz-req+jwt} (§5). */
        TYPE,
        /** The Request Object's signature does not verify with its {@code x5c} leaf key. */
        SIGNATURE,
        /** An unsigned Request Object where the Client Identifier Prefix needs a signed one, or one a development-only verifier may not send. */
        UNSIGNED,
        /** A signed Request Object where the prefix forbids signing ({@code redirect_uri}, §5.9.3). */
        SIGNED,
        /** The Client Identifier: unsupported prefix, the inner and outer {@code client_id} differ, or {@code x509_hash} is not the leaf's hash (§5.9.3, §5.10.1). */
        CLIENT_ID,
        /** The {@code x5c} chain does not lead to a configured verifier trust anchor. */
        CERTIFICATE_CHAIN,
        /** The {@code x5c} leaf has no dNSName SAN equal to the {@code x509_san_dns} Client Identifier (§5.9.3). */
        CERTIFICATE_NAME,
        /** The {@code response_uri} is not one this Client Identifier may use (§5.9.3, §8.2). */
        RESPONSE_URI,
        /** The {@code wallet_nonce} the Wallet sent is not echoed (§5.10.1). */
        WALLET_NONCE,
        /** The Request Object has expired or is not yet valid ({@code exp}, {@code nbf}). */
        EXPIRED,
        /** {@code response_type} is not {@code vp_token}. */
        RESPONSE_TYPE,
        /** {@code response_mode} is not {@code direct_post} or {@code direct_post.jwt}. */
        RESPONSE_MODE,
        /** {@code nonce} is missing (§5.2). */
        NONCE,
        /** The {@code dcql_query} is missing or invalid (§6), or {@code scope} or {@code transaction_data} is used, which this wallet does not support. */
        QUERY,
        /** {@code direct_post.jwt} was asked, but {@code client_metadata.jwks} has no P-256 {@code ECDH-ES} key, or no {@code enc} value this wallet supports (§8.3). */
        ENCRYPTION
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
    private final RequestCheck requestCheck;

    private WalletException(Step step, String message, Throwable cause, int httpStatus, String error,
                            String errorDescription, Check check) {
        this(step, message, cause, httpStatus, error, errorDescription, check, null);
    }

    private WalletException(Step step, String message, Throwable cause, int httpStatus, String error,
                            String errorDescription, Check check, RequestCheck requestCheck) {
        super(message, cause);
        this.step = Objects.requireNonNull(step, "step");
        this.httpStatus = httpStatus;
        this.error = error;
        this.errorDescription = errorDescription;
        this.check = check;
        this.requestCheck = requestCheck;
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

    /**
     * An Authorization Request failed a check.
     *
     * @param check   the check
     * @param message what failed, for a person
     * @param cause   the underlying failure, or {@code null}
     * @return the exception, at {@link Step#AUTHORIZATION_REQUEST}
     */
    public static WalletException refusedRequest(RequestCheck check, String message, Throwable cause) {
        return new WalletException(Step.AUTHORIZATION_REQUEST, message, cause, -1, null, null, null,
                Objects.requireNonNull(check, "check"));
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

    /** @return the Authorization Request check that failed, at {@link Step#AUTHORIZATION_REQUEST} */
    public Optional<RequestCheck> requestCheck() {
        return Optional.ofNullable(requestCheck);
    }
}
