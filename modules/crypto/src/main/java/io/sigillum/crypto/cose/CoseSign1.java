package io.sigillum.crypto.cose;

import io.sigillum.crypto.cbor.Cbor;
import io.sigillum.crypto.cbor.CborArray;
import io.sigillum.crypto.cbor.CborBytes;
import io.sigillum.crypto.cbor.CborException;
import io.sigillum.crypto.cbor.CborInt;
import io.sigillum.crypto.cbor.CborMap;
import io.sigillum.crypto.cbor.CborSimple;
import io.sigillum.crypto.cbor.CborTagged;
import io.sigillum.crypto.cbor.CborText;
import io.sigillum.crypto.cbor.CborValue;
import io.sigillum.crypto.cose.CoseException.Reason;
import io.sigillum.crypto.sign.SignatureAlgorithm;
import io.sigillum.crypto.sign.Signer;
import io.sigillum.crypto.sign.Verifier;

import java.security.cert.X509Certificate;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A decoded COSE_Sign1 message (RFC 9052 §4.2), not yet verified:
 * {@code [protected: bstr, unprotected: map, payload: bstr / nil, signature: bstr]}, with or
 * without tag 18. Decode it, read its {@code x5chain} or {@code kid} to find the key, then verify.
 *
 * <p>Verification is strict. The {@code alg} must be one the caller allows <em>and</em> the
 * verifying key's own, so a MAC, an unknown algorithm or one EC algorithm passed off as another is
 * refused before any signature check. The {@code alg} is read from the protected bucket, or from
 * the unprotected one when only that carries it (the COSE WG's "sign-pass-01" example does): since
 * the key fixes the one algorithm accepted, an unprotected {@code alg} cannot change what is
 * checked. A {@code crit} parameter is refused: it lists extensions, and this library processes
 * none. A label in both buckets, duplicate map keys, indefinite lengths and trailing bytes are
 * refused as malformed.
 *
 * <p>To sign, see {@link #signWith(Signer)}.
 */
public final class CoseSign1 {

    private final byte[] protectedBytes;
    private final CoseHeaders protectedHeaders;
    private final CoseHeaders unprotectedHeaders;
    private final byte[] payload;
    private final byte[] signature;
    private final boolean tagged;

    private CoseSign1(byte[] protectedBytes, CoseHeaders protectedHeaders, CoseHeaders unprotectedHeaders,
                      byte[] payload, byte[] signature, boolean tagged) {
        this.protectedBytes = protectedBytes;
        this.protectedHeaders = protectedHeaders;
        this.unprotectedHeaders = unprotectedHeaders;
        this.payload = payload;
        this.signature = signature;
        this.tagged = tagged;
    }

    /**
     * @param signer the key to sign with; its algorithm goes in the protected {@code alg}
     * @return a builder of COSE_Sign1 messages
     */
    public static CoseSign1Builder signWith(Signer signer) {
        return new CoseSign1Builder(signer);
    }

    /**
     * @param encoded a COSE_Sign1, tagged (18) or untagged
     * @return the message, its headers checked against their specified types
     * @throws CoseException {@link Reason#MALFORMED} when it is not such a message
     */
    public static CoseSign1 decode(byte[] encoded) throws CoseException {
        Objects.requireNonNull(encoded, "encoded");
        CborValue value = cbor(encoded, "COSE_Sign1");
        boolean tagged = false;
        if (value instanceof CborTagged tag) {
            if (tag.tag() != CoseSpec.COSE_SIGN1_TAG) {
                throw malformed("tag " + tag.tag() + " is not COSE_Sign1's (" + CoseSpec.COSE_SIGN1_TAG + ")");
            }
            value = tag.content();
            tagged = true;
        }
        if (!(value instanceof CborArray array) || array.size() != 4) {
            throw malformed("a COSE_Sign1 is an array of four items (RFC 9052 §4.2)");
        }
        if (!(array.get(0) instanceof CborBytes protectedBucket)) {
            throw malformed("the protected header is a byte string (RFC 9052 §3)");
        }
        if (!(array.get(1) instanceof CborMap unprotectedMap)) {
            throw malformed("the unprotected header is a map (RFC 9052 §3)");
        }
        byte[] payload = switch (array.get(2)) {
            case CborBytes bytes -> bytes.value();
            case CborSimple simple when simple == CborSimple.NULL -> null;
            default -> throw malformed("the payload is a byte string, or nil when detached (RFC 9052 §4.1)");
        };
        if (!(array.get(3) instanceof CborBytes signature)) {
            throw malformed("the signature is a byte string (RFC 9052 §4.2)");
        }
        byte[] protectedBytes = protectedBucket.value();
        CborMap protectedMap = protectedMap(protectedBytes);
        for (CborValue label : unprotectedMap.keys()) {
            if (protectedMap.get(label).isPresent()) {
                throw malformed("label " + label + " is in both buckets (RFC 9052 §3)");
            }
        }
        if (unprotectedMap.get(CoseSpec.CRIT).isPresent()) {
            throw malformed("crit (2) belongs in the protected bucket (RFC 9052 §3.1)");
        }
        return new CoseSign1(protectedBytes, headers(protectedMap, "protected"), headers(unprotectedMap, "unprotected"),
                payload, signature.value(), tagged);
    }

    /**
     * Decodes and verifies an attached-payload COSE_Sign1 without external data.
     *
     * @see #verify(Verifier, Set, byte[])
     */
    public static VerifiedCoseSign1 decodeAndVerify(byte[] encoded, Verifier verifier, Set<SignatureAlgorithm> allowed)
            throws CoseException {
        return decode(encoded).verify(verifier, allowed, new byte[0]);
    }

    /**
     * Verifies with the verifier's own algorithm as the only one allowed, and no external data.
     *
     * @see #verify(Verifier, Set, byte[])
     */
    public VerifiedCoseSign1 verify(Verifier verifier) throws CoseException {
        return verify(verifier, EnumSet.of(verifier.algorithm()), new byte[0]);
    }

    /**
     * @param verifier    the key to check the signature with
     * @param allowed     the algorithms the caller accepts (e.g. the ones its profile allows)
     * @param externalAad the external data the signer bound in (RFC 9052 §4.3); empty for none
     * @return the verified headers and payload
     * @throws CoseException when the payload is detached, the algorithm is not allowed or not the
     *                       key's, a {@code crit} header is present, or the signature does not verify
     */
    public VerifiedCoseSign1 verify(Verifier verifier, Set<SignatureAlgorithm> allowed, byte[] externalAad)
            throws CoseException {
        if (payload == null) {
            throw malformed("the payload is detached: verify it with verifyDetached");
        }
        return check(verifier, allowed, externalAad, payload);
    }

    /**
     * @param verifier        the key to check the signature with
     * @param allowed         the algorithms the caller accepts
     * @param externalAad     the external data the signer bound in; empty for none
     * @param detachedPayload the payload, carried apart from the message (RFC 9052 §2)
     * @return the verified headers and payload
     * @throws CoseException as {@link #verify(Verifier, Set, byte[])}, and when the message carries
     *                       a payload of its own
     */
    public VerifiedCoseSign1 verifyDetached(Verifier verifier, Set<SignatureAlgorithm> allowed, byte[] externalAad,
                                            byte[] detachedPayload) throws CoseException {
        Objects.requireNonNull(detachedPayload, "detachedPayload");
        if (payload != null) {
            throw malformed("the payload is attached, not detached");
        }
        return check(verifier, allowed, externalAad, detachedPayload);
    }

    /** @return the protected header parameters, as decoded from {@link #protectedBytes()} */
    public CoseHeaders protectedHeaders() {
        return protectedHeaders;
    }

    /** @return the unprotected header parameters */
    public CoseHeaders unprotectedHeaders() {
        return unprotectedHeaders;
    }

    /** @return a copy of the protected bucket's bytes, exactly as they travel and are signed */
    public byte[] protectedBytes() {
        return protectedBytes.clone();
    }

    /** @return a copy of the attached payload, or empty when it is detached */
    public Optional<byte[]> payload() {
        return Optional.ofNullable(payload).map(byte[]::clone);
    }

    /** @return whether the payload travels apart from the message */
    public boolean isDetached() {
        return payload == null;
    }

    /** @return a copy of the signature bytes */
    public byte[] signature() {
        return signature.clone();
    }

    /** @return whether the message carried tag 18 */
    public boolean isTagged() {
        return tagged;
    }

    /** @return the {@code x5chain} of whichever bucket carries it, leaf first; unverified until {@link #verify} */
    public List<X509Certificate> x5chain() {
        return protectedHeaders.x5chain().isEmpty() ? unprotectedHeaders.x5chain() : protectedHeaders.x5chain();
    }

    /** @return the {@code kid} of whichever bucket carries it */
    public Optional<byte[]> keyId() {
        return protectedHeaders.keyId().or(unprotectedHeaders::keyId);
    }

    private VerifiedCoseSign1 check(Verifier verifier, Set<SignatureAlgorithm> allowed, byte[] externalAad,
                                    byte[] content) throws CoseException {
        Objects.requireNonNull(verifier, "verifier");
        Objects.requireNonNull(allowed, "allowed");
        Objects.requireNonNull(externalAad, "externalAad");
        SignatureAlgorithm algorithm = algorithm(verifier, allowed);
        if (!protectedHeaders.critical().isEmpty()) {
            throw new CoseException(Reason.UNSUPPORTED_HEADER,
                    "critical headers " + protectedHeaders.critical() + " name extensions this library does not process");
        }
        // RFC 9052 §3: an empty protected bucket is signed as a zero-length byte string, even when it
        // travels as an encoded empty map (h'a0'); the COSE WG's sign-pass-01 relies on it.
        byte[] bodyProtected = protectedHeaders.isEmpty() ? new byte[0] : protectedBytes;
        byte[] toBeSigned = SigStructure.encode(bodyProtected, externalAad, content);
        if (!verifier.verify(toBeSigned, signature)) {
            throw new CoseException(Reason.BAD_SIGNATURE, "signature does not verify");
        }
        return new VerifiedCoseSign1(algorithm, protectedHeaders, unprotectedHeaders, content);
    }

    private SignatureAlgorithm algorithm(Verifier verifier, Set<SignatureAlgorithm> allowed) throws CoseException {
        CborValue alg = protectedHeaders.algorithm().or(unprotectedHeaders::algorithm)
                .orElseThrow(() -> new CoseException(Reason.ALGORITHM_NOT_ALLOWED, "no alg: nothing says how it was signed"));
        if (alg instanceof CborText text) {
            throw new CoseException(Reason.ALGORITHM_NOT_ALLOWED, "alg \"" + text.value() + "\" is not allowed");
        }
        long id = ((CborInt) alg).value();
        SignatureAlgorithm algorithm = CoseSpec.algorithm(id)
                .orElseThrow(() -> new CoseException(Reason.ALGORITHM_NOT_ALLOWED, "alg " + id + " is not allowed"));
        if (!allowed.contains(algorithm)) {
            throw new CoseException(Reason.ALGORITHM_NOT_ALLOWED, "alg " + id + " (" + algorithm.jwsName() + ") is not allowed here");
        }
        if (algorithm != verifier.algorithm()) {
            throw new CoseException(Reason.ALGORITHM_NOT_ALLOWED, "alg " + id + " (" + algorithm.jwsName()
                    + ") does not match the key, which verifies " + verifier.algorithm().jwsName());
        }
        return algorithm;
    }

    private static CborMap protectedMap(byte[] protectedBytes) throws CoseException {
        // RFC 9052 §3: no protected parameter is a zero-length byte string.
        if (protectedBytes.length == 0) {
            return CborMap.EMPTY;
        }
        if (!(cbor(protectedBytes, "protected header") instanceof CborMap map)) {
            throw malformed("the protected header encodes a map (RFC 9052 §3)");
        }
        return map;
    }

    private static CoseHeaders headers(CborMap map, String bucket) throws CoseException {
        try {
            return CoseHeaders.of(map);
        } catch (IllegalArgumentException e) {
            throw new CoseException(Reason.MALFORMED, "in the " + bucket + " header: " + e.getMessage(), e);
        }
    }

    private static CborValue cbor(byte[] bytes, String what) throws CoseException {
        try {
            return Cbor.decode(bytes);
        } catch (CborException e) {
            throw new CoseException(Reason.MALFORMED, what + ": " + e.getMessage(), e);
        }
    }

    private static CoseException malformed(String message) {
        return new CoseException(Reason.MALFORMED, message);
    }
}
