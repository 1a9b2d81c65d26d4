package io.sigillum.sdjwt;

import java.io.Serial;
import java.util.Objects;

/**
 * An SD-JWT, a Disclosure or a Key Binding JWT was refused; {@link #reason()} says which rule was
 * broken, so a verifier can tell a client why, and the message cites the RFC's section (the {@code VC_}
 * reasons: the SD-JWT VC draft's rules, see {@code io.sigillum.sdjwt.vc}). Messages
 * carry no claim values and no key material.
 */
public final class SdJwtException extends Exception {

    @Serial
    private static final long serialVersionUID = 1L;

    /** Why something was refused. */
    public enum Reason {
        /** Not {@code <JWT>~<D1>~…~<Dn>~[<KB-JWT>]}: no separator, an empty JWT or an empty Disclosure (§4). */
        MALFORMED_SERIALIZATION,
        /** A Disclosure that is not base64url of a JSON array of 2 or 3 elements with a string salt and name (§4.2.1, §4.2.2). */
        MALFORMED_DISCLOSURE,
        /** A Disclosure naming the claim {@code _sd} or {@code ...} (§4.2.1). */
        FORBIDDEN_CLAIM_NAME,
        /** The same Disclosure appears twice in the serialisation (§7.1 step 4). */
        DUPLICATE_DISCLOSURE,
        /** A digest appears more than once in the payload and the Disclosures (§7.1 step 4). */
        DUPLICATE_DIGEST,
        /** A Disclosure whose digest no {@code _sd} array or {@code ...} entry references (§7.1 step 5). */
        UNREFERENCED_DISCLOSURE,
        /** A disclosed claim name already exists at its level (§7.1 step 3.2.2.4). */
        CLAIM_NAME_CONFLICT,
        /** An object property Disclosure referenced from an array, or an array element Disclosure from {@code _sd} (§7.1 step 3). */
        WRONG_DISCLOSURE_KIND,
        /** The payload is not a JSON object, has duplicate member names, or misuses {@code _sd} or {@code ...} (§4.2.4, §7.1). */
        MALFORMED_PAYLOAD,
        /** {@code _sd_alg} names a hash algorithm this library does not support (§4.1.1, §7.1 step 3.1). */
        UNSUPPORTED_HASH_ALGORITHM,
        /** {@code none}, a MAC, or an algorithm the caller does not allow or the key does not use (§7.1 step 2.2). */
        ALGORITHM_NOT_ALLOWED,
        /** A critical header or another extension this library does not process. */
        UNSUPPORTED_HEADER,
        /** The Issuer-signed JWT is not a well-formed compact JWS. */
        MALFORMED_JWT,
        /** The issuer's signature does not verify (§7.1 step 2.3). */
        BAD_SIGNATURE,
        /** Key Binding is required but the presentation has no Key Binding JWT (§7.3 step 4). */
        KEY_BINDING_MISSING,
        /** The Issuer-signed JWT carries no usable holder key in {@code cnf.jwk} (§7.3 step 5). */
        KEY_BINDING_KEY_MISSING,
        /** The Key Binding JWT is not a compact JWS with a JSON payload of the claims §4.3 requires. */
        KEY_BINDING_MALFORMED,
        /** The Key Binding JWT's {@code typ} is not {@code kb+jwt} (§4.3, §7.3 step 5). */
        KEY_BINDING_WRONG_TYPE,
        /** The Key Binding JWT does not verify with the holder's key, or uses an algorithm not allowed. */
        KEY_BINDING_BAD_SIGNATURE,
        /** {@code aud} is not the expected audience (§7.3 step 5). */
        KEY_BINDING_WRONG_AUDIENCE,
        /** {@code nonce} is not the expected nonce (§7.3 step 5). */
        KEY_BINDING_WRONG_NONCE,
        /** {@code iat} is outside the acceptable window (§7.3 step 5). */
        KEY_BINDING_IAT_OUT_OF_WINDOW,
        /** {@code sd_hash} is not the digest of the presented SD-JWT (§4.3.1, §7.3 step 5). */
        KEY_BINDING_WRONG_SD_HASH,
        /** SD-JWT VC: the Issuer-signed JWT's {@code typ} is not {@code dc+sd-jwt} (or the accepted legacy {@code vc+sd-jwt}). */
        VC_WRONG_TYPE,
        /** SD-JWT VC: {@code vct} is missing or not a non-empty string. */
        VC_TYPE_MISSING,
        /** SD-JWT VC: {@code iss} is missing or not a non-empty string, and the verifier requires it. */
        VC_ISSUER_MISSING,
        /** SD-JWT VC: a registered claim has the wrong JSON type ({@code exp}, {@code nbf}, {@code iat} not numbers, {@code cnf} or {@code status} not objects, a malformed {@code status_list}). */
        VC_MALFORMED_CLAIM,
        /** SD-JWT VC: {@code iss}, {@code nbf}, {@code exp}, {@code cnf}, {@code vct}, {@code vct#integrity} or {@code status} came from a Disclosure. */
        VC_FORBIDDEN_DISCLOSURE,
        /** SD-JWT VC: the current time, less the allowed skew, is at or after {@code exp}. */
        VC_EXPIRED,
        /** SD-JWT VC: the current time, plus the allowed skew, is before {@code nbf}. */
        VC_NOT_YET_VALID
    }

    private final Reason reason;

    /**
     * @param reason  why
     * @param message which rule, citing the RFC's section
     */
    public SdJwtException(Reason reason, String message) {
        super(message);
        this.reason = Objects.requireNonNull(reason, "reason");
    }

    /** @return why it was refused */
    public Reason reason() {
        return reason;
    }

    @Override
    public String toString() {
        return "SdJwtException[" + reason + "]: " + getMessage();
    }
}
