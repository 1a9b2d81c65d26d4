package io.sigillum.issuance.proof;

import java.io.Serial;
import java.util.Objects;

/**
 * A JWS was refused by {@link SelfSignedJws}: its {@code jwk} header or its signature. Each proof
 * verifier maps the {@link Reason} to its own. The message is a short description safe to return
 * as {@code error_description}: it never repeats what the client sent.
 */
public final class SelfSignedJwsException extends Exception {

    @Serial
    private static final long serialVersionUID = 1L;

    /** Which rule the JWS broke. */
    public enum Reason {
        /** Not a well-formed compact JWS (RFC 7515 §7.1). */
        MALFORMED,
        /** {@code alg} is not allowed, or is not one the {@code jwk}'s key type and curve sign with. */
        ALGORITHM_NOT_ALLOWED,
        /** {@code crit} or {@code b64} (RFC 7515 §4.1.11, RFC 7797), which are not processed. */
        UNSUPPORTED_HEADER,
        /** The {@code jwk} holds private or symmetric members. */
        PRIVATE_KEY,
        /** The {@code jwk} is not a JSON object, is malformed, or is of an unsupported kind. */
        UNSUPPORTED_KEY,
        /** The signature does not verify with the {@code jwk}. */
        BAD_SIGNATURE
    }

    private final Reason reason;

    /**
     * @param reason      which rule was broken
     * @param description a short, safe description; never the client's input
     */
    public SelfSignedJwsException(Reason reason, String description) {
        super(description);
        this.reason = Objects.requireNonNull(reason, "reason");
    }

    /** @return which rule was broken */
    public Reason reason() {
        return reason;
    }
}
