package io.sigillum.statuslist.list;

import io.sigillum.crypto.cbor.CborBytes;
import io.sigillum.crypto.cbor.CborInt;
import io.sigillum.crypto.cbor.CborMap;
import io.sigillum.crypto.cbor.CborText;
import io.sigillum.crypto.cbor.CborValue;
import io.sigillum.statuslist.StatusListException;
import io.sigillum.statuslist.StatusListException.Reason;
import io.sigillum.statuslist.TokenStatusListSpec;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Objects;
import java.util.Optional;

/**
 * The {@code StatusList} structure in CBOR (draft §4.3): a map with text keys,
 * {@code {"bits": uint, "lst": bstr, ? "aggregation_uri": tstr}}, {@code lst} holding the
 * compressed bytes themselves, not base64url.
 */
public final class StatusListCbor {

    private static final String SECTION = "§4.3";

    private StatusListCbor() {
    }

    /**
     * @param structure the list and its optional aggregation URI
     * @return the CBOR map (its encoding sorts the keys, RFC 8949 §4.2.1)
     */
    public static CborMap write(StatusListStructure structure) {
        Objects.requireNonNull(structure, "structure");
        CborMap.Builder map = CborMap.builder()
                .put(TokenStatusListSpec.BITS, CborValue.of(structure.list().bits()))
                .put(TokenStatusListSpec.LST, CborValue.of(structure.list().compress()));
        structure.aggregationUri().ifPresent(uri -> map.put(TokenStatusListSpec.AGGREGATION_URI, CborValue.of(uri.toString())));
        return map.build();
    }

    /**
     * Reads the structure and inflates the list. Entries this draft does not define are ignored.
     *
     * @param value  the CBOR map
     * @param limits what the caller accepts when inflating
     * @return the structure
     * @throws StatusListException {@link Reason#MALFORMED_TOKEN} when it is not such a map, or the
     *                             reasons of {@link StatusList#decompress}
     */
    public static StatusListStructure read(CborValue value, DecodeLimits limits) throws StatusListException {
        Objects.requireNonNull(value, "value");
        if (!(value instanceof CborMap map)) {
            throw malformed("the StatusList structure is a CBOR map (" + SECTION + ")");
        }
        CborValue bits = map.get(TokenStatusListSpec.BITS).orElseThrow(() -> malformed("bits is required (" + SECTION + ")"));
        if (!(bits instanceof CborInt(long bitsValue))) {
            throw new StatusListException(Reason.UNSUPPORTED_BITS, "bits is an unsigned integer (" + SECTION + ")");
        }
        if (bitsValue < 0 || bitsValue > 8 || !TokenStatusListSpec.ALLOWED_BITS.contains((int) bitsValue)) {
            throw new StatusListException(Reason.UNSUPPORTED_BITS, "bits is 1, 2, 4 or 8 (§4.1), not " + bitsValue);
        }
        CborValue lst = map.get(TokenStatusListSpec.LST).orElseThrow(() -> malformed("lst is required (" + SECTION + ")"));
        if (!(lst instanceof CborBytes bytes)) {
            throw malformed("lst is a byte string (" + SECTION + ")");
        }
        Optional<URI> aggregation = Optional.empty();
        Optional<CborValue> aggregationValue = map.get(TokenStatusListSpec.AGGREGATION_URI);
        if (aggregationValue.isPresent()) {
            aggregation = Optional.of(absoluteUri(aggregationValue.get()));
        }
        return new StatusListStructure(StatusList.decompress((int) bitsValue, bytes.value(), limits), aggregation);
    }

    private static URI absoluteUri(CborValue value) throws StatusListException {
        if (value instanceof CborText(String text)) {
            try {
                URI uri = new URI(text);
                if (uri.isAbsolute()) {
                    return uri;
                }
            } catch (URISyntaxException e) {
                // refused below
            }
        }
        throw malformed("aggregation_uri is a text string holding an absolute URI (" + SECTION + ")");
    }

    private static StatusListException malformed(String message) {
        return new StatusListException(Reason.MALFORMED_TOKEN, message);
    }
}
