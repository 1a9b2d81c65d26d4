package io.sigillum.statuslist.reference;

import io.sigillum.statuslist.StatusListException;
import io.sigillum.statuslist.StatusListException.Reason;
import io.sigillum.statuslist.TokenStatusListSpec;
import io.sigillum.statuslist.internal.JsonMembers;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * The {@code status} claim of a JOSE referenced token (JWT, SD-JWT, SD-JWT VC; draft §6.2), as the
 * {@link Map} a JSON library writes and reads:
 * {@code "status": {"status_list": {"idx": 0, "uri": "https://…"}}}.
 */
public final class JsonStatusClaim {

    private static final String SECTION = "§6.2";

    private JsonStatusClaim() {
    }

    /**
     * @param reference where the status is
     * @return the value of the {@code status} claim, e.g. for {@code JWTClaimsSet.Builder.claim("status", …)}
     */
    public static Map<String, Object> write(StatusReference reference) {
        Objects.requireNonNull(reference, "reference");
        Map<String, Object> statusList = new LinkedHashMap<>();
        statusList.put(TokenStatusListSpec.IDX, reference.index());
        statusList.put(TokenStatusListSpec.URI, reference.uri().toString());
        Map<String, Object> status = new LinkedHashMap<>();
        status.put(TokenStatusListSpec.STATUS_LIST, statusList);
        return status;
    }

    /**
     * @param claims a referenced token's claims (the JWT Claims Set, or an SD-JWT's processed payload)
     * @return the reference its {@code status} claim holds
     * @throws StatusListException {@link Reason#MALFORMED_REFERENCE} when there is none, or it is not
     *                             as §6.2 says
     */
    public static StatusReference fromClaims(Map<String, ?> claims) throws StatusListException {
        Objects.requireNonNull(claims, "claims");
        return read(JsonMembers.required(claims, TokenStatusListSpec.STATUS, Reason.MALFORMED_REFERENCE, SECTION));
    }

    /**
     * @param status the value of the {@code status} claim
     * @return the reference its {@code status_list} member holds; other members (other status
     *         mechanisms) and other members of {@code status_list} are ignored
     * @throws StatusListException {@link Reason#MALFORMED_REFERENCE} when it is not as §6.2 says
     */
    public static StatusReference read(Object status) throws StatusListException {
        Map<String, Object> object = JsonMembers.object(status, TokenStatusListSpec.STATUS, Reason.MALFORMED_REFERENCE, SECTION);
        Map<String, Object> statusList = JsonMembers.object(
                JsonMembers.required(object, TokenStatusListSpec.STATUS_LIST, Reason.MALFORMED_REFERENCE, SECTION),
                TokenStatusListSpec.STATUS_LIST, Reason.MALFORMED_REFERENCE, SECTION);
        Object idx = JsonMembers.required(statusList, TokenStatusListSpec.IDX, Reason.MALFORMED_REFERENCE, SECTION);
        long index = JsonMembers.integer(idx, TokenStatusListSpec.IDX, Reason.MALFORMED_REFERENCE, SECTION);
        if (index < 0) {
            throw new StatusListException(Reason.MALFORMED_REFERENCE, "idx is a non-negative integer (" + SECTION + ")");
        }
        return new StatusReference(JsonMembers.absoluteUri(
                JsonMembers.required(statusList, TokenStatusListSpec.URI, Reason.MALFORMED_REFERENCE, SECTION),
                TokenStatusListSpec.URI, Reason.MALFORMED_REFERENCE, SECTION), index);
    }
}
