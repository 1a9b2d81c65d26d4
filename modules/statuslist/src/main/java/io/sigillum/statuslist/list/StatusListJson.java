package io.sigillum.statuslist.list;

import io.sigillum.statuslist.StatusListException;
import io.sigillum.statuslist.StatusListException.Reason;
import io.sigillum.statuslist.TokenStatusListSpec;
import io.sigillum.statuslist.internal.JsonMembers;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The {@code StatusList} structure in JSON (draft §4.2), as the {@link Map} a JSON library writes
 * and reads: {@code {"bits": 1, "lst": "<base64url>", "aggregation_uri": "…"}}.
 */
public final class StatusListJson {

    private static final String SECTION = "§4.2";

    private StatusListJson() {
    }

    /**
     * @param structure the list and its optional aggregation URI
     * @return the JSON object, members in the draft's order
     */
    public static Map<String, Object> write(StatusListStructure structure) {
        Objects.requireNonNull(structure, "structure");
        Map<String, Object> object = new LinkedHashMap<>();
        object.put(TokenStatusListSpec.BITS, structure.list().bits());
        object.put(TokenStatusListSpec.LST, structure.list().toLst());
        structure.aggregationUri().ifPresent(uri -> object.put(TokenStatusListSpec.AGGREGATION_URI, uri.toString()));
        return object;
    }

    /**
     * Reads the structure and inflates the list. Members this draft does not define are ignored.
     *
     * @param object the JSON object
     * @param limits what the caller accepts when inflating
     * @return the structure
     * @throws StatusListException {@link Reason#MALFORMED_TOKEN} when a member is missing or of the
     *                             wrong type, or the reasons of {@link StatusList#fromLst}
     */
    public static StatusListStructure read(Map<String, ?> object, DecodeLimits limits) throws StatusListException {
        Objects.requireNonNull(object, "object");
        Object bitsValue = JsonMembers.required(object, TokenStatusListSpec.BITS, Reason.MALFORMED_TOKEN, SECTION);
        long bits = JsonMembers.integer(bitsValue, TokenStatusListSpec.BITS, Reason.UNSUPPORTED_BITS, SECTION);
        if (!TokenStatusListSpec.ALLOWED_BITS.contains((int) bits) || bits != (int) bits) {
            throw new StatusListException(Reason.UNSUPPORTED_BITS, "bits is 1, 2, 4 or 8 (§4.1), not " + bits);
        }
        String lst = JsonMembers.string(JsonMembers.required(object, TokenStatusListSpec.LST, Reason.MALFORMED_TOKEN, SECTION),
                TokenStatusListSpec.LST, Reason.MALFORMED_TOKEN, SECTION);
        Optional<URI> aggregation = Optional.empty();
        Optional<Object> aggregationValue = JsonMembers.optional(object, TokenStatusListSpec.AGGREGATION_URI);
        if (aggregationValue.isPresent()) {
            aggregation = Optional.of(JsonMembers.absoluteUri(aggregationValue.get(), TokenStatusListSpec.AGGREGATION_URI,
                    Reason.MALFORMED_TOKEN, SECTION));
        }
        return new StatusListStructure(StatusList.fromLst((int) bits, lst, limits), aggregation);
    }
}
