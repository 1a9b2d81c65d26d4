package io.sigillum.crypto.cose;

import io.sigillum.crypto.cbor.CborArray;
import io.sigillum.crypto.cbor.CborBytes;
import io.sigillum.crypto.cbor.CborMap;
import io.sigillum.crypto.cbor.CborValue;

import java.security.cert.X509Certificate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * One bucket of COSE header parameters (RFC 9052 §3): a map from labels (integers or text
 * strings) to values, with typed access to the parameters this library knows. The values of
 * {@code alg}, {@code crit}, {@code content type}, {@code kid} and {@code x5chain} have been
 * checked against their specified types. Immutable.
 */
public final class CoseHeaders {

    /** No header parameter. */
    public static final CoseHeaders EMPTY = new CoseHeaders(CborMap.EMPTY, List.of());

    private final CborMap map;
    private final List<X509Certificate> x5chain;

    private CoseHeaders(CborMap map, List<X509Certificate> x5chain) {
        this.map = map;
        this.x5chain = x5chain;
    }

    /**
     * @param map the parameters
     * @return them as a bucket
     * @throws IllegalArgumentException when a known parameter has a value of the wrong type
     */
    static CoseHeaders of(CborMap map) {
        Objects.requireNonNull(map, "map");
        return new CoseHeaders(map, HeaderRules.check(map));
    }

    /** @return the parameters as a CBOR map */
    public CborMap asMap() {
        return map;
    }

    /** @return the value under an integer label */
    public Optional<CborValue> get(long label) {
        return map.get(label);
    }

    /** @return the value under a text label */
    public Optional<CborValue> get(String label) {
        return map.get(label);
    }

    /** @return the labels present */
    public Set<CborValue> labels() {
        return map.keys();
    }

    /** @return whether the bucket is empty */
    public boolean isEmpty() {
        return map.isEmpty();
    }

    /** @return the {@code alg} value as found: an integer, or a text string no registry defines here */
    public Optional<CborValue> algorithm() {
        return map.get(CoseSpec.ALG);
    }

    /** @return the {@code kid} bytes */
    public Optional<byte[]> keyId() {
        return map.get(CoseSpec.KID).map(kid -> ((CborBytes) kid).value());
    }

    /** @return the {@code content type}: an unsigned integer (CoAP content format) or a media type */
    public Optional<CborValue> contentType() {
        return map.get(CoseSpec.CONTENT_TYPE);
    }

    /** @return the labels {@code crit} lists (empty when absent) */
    public List<CborValue> critical() {
        return map.get(CoseSpec.CRIT).map(crit -> ((CborArray) crit).items()).orElse(List.of());
    }

    /** @return the {@code x5chain} certificates, leaf first (empty when absent) */
    public List<X509Certificate> x5chain() {
        return x5chain;
    }

    /** @return the labels, never the values (which may be large or personal) */
    @Override
    public String toString() {
        return "CoseHeaders" + map.keys();
    }
}
