package io.sigillum.crypto.cose;

import io.sigillum.crypto.cbor.Cbor;
import io.sigillum.crypto.cbor.CborInt;
import io.sigillum.crypto.cbor.CborMap;
import io.sigillum.crypto.cbor.CborSimple;
import io.sigillum.crypto.cbor.CborText;
import io.sigillum.crypto.cbor.CborValue;
import io.sigillum.crypto.sign.Signer;

import java.nio.charset.StandardCharsets;
import java.security.cert.X509Certificate;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Makes COSE_Sign1 messages (RFC 9052 §4.2-§4.4) with a {@link Signer}: the protected bucket
 * always carries the signer's {@code alg}; the caller adds {@code kid}, {@code x5chain} and other
 * parameters to the bucket of its choice (ISO 18013-5 puts {@code x5chain} in the unprotected one).
 * The protected bucket and the Sig_structure are deterministically encoded.
 *
 * <p>Not thread-safe: make one per message, or per kind of message and then only {@link #sign}
 * from many threads once configured.
 */
public final class CoseSign1Builder {

    private final Signer signer;
    private final Map<HeaderBucket, Map<CborValue, CborValue>> buckets = new EnumMap<>(HeaderBucket.class);
    private byte[] externalAad = new byte[0];
    private boolean detached;
    private boolean tagged;

    CoseSign1Builder(Signer signer) {
        this.signer = Objects.requireNonNull(signer, "signer");
        for (HeaderBucket bucket : HeaderBucket.values()) {
            buckets.put(bucket, new LinkedHashMap<>());
        }
    }

    /** Adds a parameter under an integer label. */
    public CoseSign1Builder header(HeaderBucket bucket, long label, CborValue value) {
        return header(bucket, new CborInt(label), value);
    }

    /** Adds a parameter under a text label. */
    public CoseSign1Builder header(HeaderBucket bucket, String label, CborValue value) {
        return header(bucket, new CborText(label), value);
    }

    /** Puts the signer's key id, as UTF-8 bytes, in {@code kid}. */
    public CoseSign1Builder keyId(HeaderBucket bucket) {
        return keyId(bucket, signer.keyId().getBytes(StandardCharsets.UTF_8));
    }

    /** Puts {@code kid} (a byte string, RFC 9052 §3.1). */
    public CoseSign1Builder keyId(HeaderBucket bucket, byte[] keyId) {
        return header(bucket, CoseSpec.KID, CborValue.of(keyId));
    }

    /**
     * Puts the signer's certificate chain in {@code x5chain}.
     *
     * @throws IllegalArgumentException when the signer has no certificate
     */
    public CoseSign1Builder x5chain(HeaderBucket bucket) {
        return x5chain(bucket, signer.certificateChain());
    }

    /** Puts a certificate chain, leaf first, in {@code x5chain} (RFC 9360 §2). */
    public CoseSign1Builder x5chain(HeaderBucket bucket, List<X509Certificate> chain) {
        return header(bucket, CoseSpec.X5CHAIN, HeaderRules.x5chain(List.copyOf(chain)));
    }

    /** Binds external data into the signature (RFC 9052 §4.3), e.g. a transcript; empty by default. */
    public CoseSign1Builder externalAad(byte[] externalAad) {
        this.externalAad = Objects.requireNonNull(externalAad, "externalAad").clone();
        return this;
    }

    /** Leaves the payload out of the message: it is signed, then sent as nil (RFC 9052 §2). */
    public CoseSign1Builder detached() {
        this.detached = true;
        return this;
    }

    /** Wraps the message in tag 18; untagged by default, as ISO 18013-5 carries it. */
    public CoseSign1Builder tagged() {
        this.tagged = true;
        return this;
    }

    /**
     * @param payload the content to sign
     * @return the encoded COSE_Sign1
     * @throws io.sigillum.crypto.sign.SigningException when the signer fails
     * @throws IllegalStateException when the signer returns a signature of the wrong length
     */
    public byte[] sign(byte[] payload) {
        Objects.requireNonNull(payload, "payload");
        CborMap.Builder protectedMap = CborMap.builder()
                .put(CoseSpec.ALG, CborValue.of(CoseSpec.algorithmId(signer.algorithm())));
        buckets.get(HeaderBucket.PROTECTED).forEach(protectedMap::put);
        byte[] protectedBytes = Cbor.encode(protectedMap.build());
        byte[] signature = signer.sign(SigStructure.encode(protectedBytes, externalAad, payload));
        if (signature.length != signer.algorithm().signatureLength()) {
            throw new IllegalStateException("key " + signer.keyId() + " returned a " + signature.length + "-byte "
                    + signer.algorithm().jwsName() + " signature, not " + signer.algorithm().signatureLength());
        }
        CborValue message = CborValue.array(
                CborValue.of(protectedBytes),
                new CborMap(buckets.get(HeaderBucket.UNPROTECTED)),
                detached ? CborSimple.NULL : CborValue.of(payload),
                CborValue.of(signature));
        return Cbor.encode(tagged ? CborValue.tag(CoseSpec.COSE_SIGN1_TAG, message) : message);
    }

    private CoseSign1Builder header(HeaderBucket bucket, CborValue label, CborValue value) {
        Objects.requireNonNull(bucket, "bucket");
        Objects.requireNonNull(value, "value");
        if (label.equals(new CborInt(CoseSpec.ALG))) {
            throw new IllegalArgumentException("alg (1) comes from the signer and is always protected");
        }
        if (label.equals(new CborInt(CoseSpec.CRIT))) {
            throw new IllegalArgumentException("crit (2) is not made: this library processes no extension");
        }
        for (Map<CborValue, CborValue> headers : buckets.values()) {
            if (headers.containsKey(label)) {
                throw new IllegalArgumentException("label " + label + " is already set (RFC 9052 §3: once, in one bucket)");
            }
        }
        // Check the value's type now, not when a recipient refuses the message.
        HeaderRules.check(CborMap.builder().put(label, value).build());
        buckets.get(bucket).put(label, value);
        return this;
    }
}
