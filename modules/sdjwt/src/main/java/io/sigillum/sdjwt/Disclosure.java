package io.sigillum.sdjwt;

import io.sigillum.sdjwt.SdJwtException.Reason;
import io.sigillum.sdjwt.internal.Base64Url;
import io.sigillum.sdjwt.internal.Json;
import io.sigillum.sdjwt.internal.Salts;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One Disclosure: {@code [salt, name, value]} for an object property (§4.2.1) or
 * {@code [salt, value]} for an array element (§4.2.2), base64url-encoded from the UTF-8 JSON array.
 *
 * <p>The encoded text is kept exactly as issued or received: digests are computed over it
 * (§4.2.3), never over a re-serialisation, since issuers may format the JSON array as they like.
 * Values are plain Java JSON values ({@code Map}, {@code List}, {@code String}, {@code Number},
 * {@code Boolean}, {@code null}); callers must not change them.
 */
public final class Disclosure {

    private final String encoded;
    private final String salt;
    private final String name;
    private final Object value;

    private Disclosure(String encoded, String salt, String name, Object value) {
        this.encoded = encoded;
        this.salt = salt;
        this.name = name;
        this.value = value;
    }

    /**
     * A Disclosure for an object property with a fresh 128-bit salt.
     *
     * @param name  the claim name; never {@code _sd} or {@code ...} (§4.2.1)
     * @param value the claim value
     * @return the Disclosure
     * @throws IllegalArgumentException for a forbidden name
     */
    public static Disclosure objectProperty(String name, Object value) {
        return objectProperty(Salts.salt(), name, value);
    }

    /**
     * @param salt  the salt, e.g. one from the RFC's examples; callers that make their own must give it 128 bits of entropy
     * @param name  the claim name; never {@code _sd} or {@code ...} (§4.2.1)
     * @param value the claim value
     * @return the Disclosure
     * @throws IllegalArgumentException for a forbidden name
     */
    public static Disclosure objectProperty(String salt, String name, Object value) {
        Objects.requireNonNull(salt, "salt");
        Objects.requireNonNull(name, "name");
        if (isForbiddenName(name)) {
            throw new IllegalArgumentException("a Disclosure must not name the claim " + name + " (§4.2.1)");
        }
        return new Disclosure(encode(List.of(salt, name), value), salt, name, value);
    }

    /**
     * A Disclosure for an array element with a fresh 128-bit salt.
     *
     * @param value the element
     * @return the Disclosure
     */
    public static Disclosure arrayElement(Object value) {
        return arrayElement(Salts.salt(), value);
    }

    /**
     * @param salt  the salt
     * @param value the element
     * @return the Disclosure
     */
    public static Disclosure arrayElement(String salt, Object value) {
        Objects.requireNonNull(salt, "salt");
        return new Disclosure(encode(List.of(salt), value), salt, null, value);
    }

    /**
     * Reads a Disclosure strictly: canonical base64url, UTF-8 JSON array of two or three elements,
     * a string salt and, for three, a string name other than {@code _sd} and {@code ...}.
     *
     * @param encoded the Disclosure as it appears between two {@code ~}
     * @return the Disclosure, keeping {@code encoded} as given
     * @throws SdJwtException {@link Reason#MALFORMED_DISCLOSURE} or {@link Reason#FORBIDDEN_CLAIM_NAME}
     */
    public static Disclosure parse(String encoded) throws SdJwtException {
        Objects.requireNonNull(encoded, "encoded");
        byte[] bytes = Base64Url.decode(encoded).orElseThrow(
                () -> new SdJwtException(Reason.MALFORMED_DISCLOSURE, "a Disclosure is unpadded base64url (§4.2.1)"));
        String json = decodeUtf8(bytes);
        Object parsed = Json.read(json).orElseThrow(
                () -> new SdJwtException(Reason.MALFORMED_DISCLOSURE, "a Disclosure is a UTF-8 JSON array (§4.2.1)"));
        if (!(parsed instanceof List<?> array) || array.size() < 2 || array.size() > 3) {
            throw new SdJwtException(Reason.MALFORMED_DISCLOSURE,
                    "a Disclosure is an array of 3 elements for a property (§4.2.1) or 2 for an array element (§4.2.2)");
        }
        if (!(array.get(0) instanceof String salt)) {
            throw new SdJwtException(Reason.MALFORMED_DISCLOSURE, "a Disclosure's salt is a string (§4.2.1)");
        }
        if (array.size() == 2) {
            return new Disclosure(encoded, salt, null, array.get(1));
        }
        if (!(array.get(1) instanceof String name)) {
            throw new SdJwtException(Reason.MALFORMED_DISCLOSURE, "a Disclosure's claim name is a string (§4.2.1)");
        }
        if (isForbiddenName(name)) {
            throw new SdJwtException(Reason.FORBIDDEN_CLAIM_NAME, "a Disclosure must not name the claim " + name + " (§4.2.1)");
        }
        return new Disclosure(encoded, salt, name, array.get(2));
    }

    /** Strict: a replacement character would make two different byte strings read alike. */
    private static String decodeUtf8(byte[] bytes) throws SdJwtException {
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new SdJwtException(Reason.MALFORMED_DISCLOSURE, "a Disclosure is UTF-8 (§4.2.1)");
        }
    }

    private static boolean isForbiddenName(String name) {
        return SdJwtSpec.SD.equals(name) || SdJwtSpec.ARRAY_ELEMENT_DIGEST.equals(name);
    }

    private static String encode(List<String> head, Object value) {
        List<Object> array = new ArrayList<>(head);
        array.add(value);
        return Base64Url.encode(Json.write(array).getBytes(StandardCharsets.UTF_8));
    }

    /** @return the Disclosure as issued: the text that travels between {@code ~} and that is hashed */
    public String encoded() {
        return encoded;
    }

    /** @return the salt */
    public String salt() {
        return salt;
    }

    /** @return the claim name of an object property Disclosure; empty for an array element */
    public Optional<String> name() {
        return Optional.ofNullable(name);
    }

    /** @return whether this discloses an array element (§4.2.2) rather than an object property */
    public boolean isArrayElement() {
        return name == null;
    }

    /** @return the claim value or array element, as plain Java JSON */
    public Object value() {
        return value;
    }

    /**
     * @param algorithm the {@code _sd_alg}
     * @return the base64url digest over the ASCII of {@link #encoded()} (§4.2.3)
     */
    public String digest(HashAlgorithm algorithm) {
        return algorithm.digest(encoded);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Disclosure that && encoded.equals(that.encoded);
    }

    @Override
    public int hashCode() {
        return encoded.hashCode();
    }

    /** @return the name only: values may be personal data and must not reach logs */
    @Override
    public String toString() {
        return "Disclosure[" + (name == null ? "array element" : name) + "]";
    }
}
