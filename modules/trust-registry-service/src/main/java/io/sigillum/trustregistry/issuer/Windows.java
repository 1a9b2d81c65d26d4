package io.sigillum.trustregistry.issuer;

import io.sigillum.api.trustregistry.model.Validity;
import io.sigillum.trust.model.ValidityWindow;
import io.sigillum.trustregistry.TrustProblems;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Validity windows between the API ({@link Validity}), the trust model ({@link ValidityWindow})
 * and the columns ({@code not_before}, {@code not_after}). Times are kept to the microsecond, as
 * both databases do, and within the years 1 to 9999, which RFC 3339 can write.
 */
public final class Windows {

    private static final Instant EARLIEST = Instant.parse("0001-01-01T00:00:00Z");
    private static final Instant LATEST = Instant.parse("9999-12-31T23:59:59Z");

    private Windows() {
    }

    /**
     * @return the window the API value describes; unbounded for null or an empty object
     * @throws jakarta.ws.rs.WebApplicationException 422 for an empty window or a time out of range
     */
    public static ValidityWindow fromApi(Validity validity) {
        if (validity == null) {
            return ValidityWindow.UNBOUNDED;
        }
        Optional<Instant> notBefore = Optional.ofNullable(validity.getNotBefore()).map(t -> checked("notBefore", t));
        Optional<Instant> notAfter = Optional.ofNullable(validity.getNotAfter()).map(t -> checked("notAfter", t));
        try {
            return new ValidityWindow(notBefore, notAfter);
        } catch (IllegalArgumentException e) {
            throw TrustProblems.refusedByModel("validity: " + e.getMessage() + ".");
        }
    }

    /** @return the API form, or null for an unbounded window */
    public static Validity toApi(ValidityWindow window) {
        if (window.isUnbounded()) {
            return null;
        }
        return new Validity().notBefore(window.notBefore().map(Windows::api).orElse(null))
                .notAfter(window.notAfter().map(Windows::api).orElse(null));
    }

    /** @return the window of two nullable columns */
    public static ValidityWindow of(OffsetDateTime notBefore, OffsetDateTime notAfter) {
        return new ValidityWindow(Optional.ofNullable(notBefore).map(OffsetDateTime::toInstant),
                Optional.ofNullable(notAfter).map(OffsetDateTime::toInstant));
    }

    /** @return the column value of an instant */
    public static OffsetDateTime column(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }

    /** @return the API value of an instant */
    public static OffsetDateTime api(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }

    private static Instant checked(String member, OffsetDateTime time) {
        Instant instant = time.toInstant().truncatedTo(ChronoUnit.MICROS);
        if (instant.isBefore(EARLIEST) || instant.isAfter(LATEST)) {
            throw TrustProblems.refusedByModel("validity." + member + " is outside the years 1 to 9999.");
        }
        return instant;
    }

    /** The window as the change log writes it: {@code validity: {notBefore, notAfter}}, nothing when unbounded. */
    public static Map<String, Object> summary(ValidityWindow window) {
        Map<String, Object> validity = new LinkedHashMap<>();
        window.notBefore().ifPresent(t -> validity.put("notBefore", t.toString()));
        window.notAfter().ifPresent(t -> validity.put("notAfter", t.toString()));
        return validity.isEmpty() ? Map.of() : Map.of("validity", validity);
    }
}
