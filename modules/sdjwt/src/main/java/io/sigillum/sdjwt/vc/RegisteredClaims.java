package io.sigillum.sdjwt.vc;

import io.sigillum.sdjwt.SdJwtException;
import io.sigillum.sdjwt.SdJwtException.Reason;
import io.sigillum.statuslist.StatusListException;
import io.sigillum.statuslist.TokenStatusListSpec;
import io.sigillum.statuslist.reference.JsonStatusClaim;
import io.sigillum.statuslist.reference.StatusReference;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.DateTimeException;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Reads the registered claims of a processed SD-JWT VC payload with their JSON types checked, so a
 * wrongly typed claim is refused rather than ignored.
 */
final class RegisteredClaims {

    private final Map<String, Object> claims;

    RegisteredClaims(Map<String, Object> claims) {
        this.claims = claims;
    }

    /** @return the value if it is a non-empty string; empty when absent */
    Optional<String> string(String name, Reason whenNotString) throws SdJwtException {
        Object value = claims.get(name);
        if (value == null) {
            return Optional.empty();
        }
        if (!(value instanceof String text) || text.isEmpty()) {
            throw new SdJwtException(whenNotString, name + " is a non-empty string (" + SdJwtVcSpec.DRAFT + ")");
        }
        return Optional.of(text);
    }

    /**
     * @param rounding how to round a fractional NumericDate to whole seconds: each caller rounds
     *                 towards the stricter answer (exp down, nbf up)
     * @return the NumericDate (RFC 7519 §2) as an instant; empty when absent
     */
    Optional<Instant> numericDate(String name, RoundingMode rounding) throws SdJwtException {
        Object value = claims.get(name);
        if (value == null) {
            return Optional.empty();
        }
        if (!(value instanceof Number number)) {
            throw malformed(name + " is a NumericDate (RFC 7519 §2)");
        }
        try {
            long seconds = new BigDecimal(number.toString()).setScale(0, rounding).longValueExact();
            return Optional.of(Instant.ofEpochSecond(seconds));
        } catch (ArithmeticException | DateTimeException | NumberFormatException e) {
            throw malformed(name + " is a NumericDate within the range of dates (RFC 7519 §2)");
        }
    }

    /** @return {@code cnf} if present; it must be an object (RFC 7800 §3.1) */
    Optional<Map<String, Object>> confirmation() throws SdJwtException {
        return object(SdJwtVcSpec.CNF, "RFC 7800 §3.1");
    }

    /**
     * @return the Status List entry of {@code status}; empty when there is no {@code status} or it
     *         uses only other status mechanisms, which this library does not read
     */
    Optional<StatusReference> status() throws SdJwtException {
        Optional<Map<String, Object>> status = object(SdJwtVcSpec.STATUS, "Token Status List §6.2");
        if (status.isEmpty() || !status.get().containsKey(TokenStatusListSpec.STATUS_LIST)) {
            return Optional.empty();
        }
        try {
            return Optional.of(JsonStatusClaim.read(status.get()));
        } catch (StatusListException e) {
            throw malformed("status: " + e.getMessage());
        }
    }

    private Optional<Map<String, Object>> object(String name, String section) throws SdJwtException {
        Object value = claims.get(name);
        if (value == null) {
            return Optional.empty();
        }
        if (!(value instanceof Map<?, ?> map)) {
            throw malformed(name + " is a JSON object (" + section + ")");
        }
        Map<String, Object> object = new LinkedHashMap<>();
        map.forEach((key, member) -> object.put(String.valueOf(key), member));
        return Optional.of(object);
    }

    private static SdJwtException malformed(String message) {
        return new SdJwtException(Reason.VC_MALFORMED_CLAIM, message);
    }
}
