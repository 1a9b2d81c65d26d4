package io.sigillum.status.serving;

import java.time.Duration;
import java.time.Instant;

/**
 * A list's current token as served: both forms, their entity tags, and how long a client may keep
 * them. Immutable; a publication replaces it whole.
 *
 * @param listId    the list
 * @param uri       the list's URI, its token's {@code sub}
 * @param version   the publication it comes from
 * @param jwt       the JWT's bytes (ASCII)
 * @param cwt       the CWT's bytes
 * @param issuedAt  the token's {@code iat}
 * @param expiresAt the token's {@code exp}
 * @param ttl       the token's {@code ttl}
 */
public record ServedToken(String listId, String uri, long version, byte[] jwt, byte[] cwt, Instant issuedAt,
                          Instant expiresAt, Duration ttl) {

    /** Whether this token was the list's valid one at {@code time}: issued by then, not yet expired. */
    public boolean validAt(Instant time) {
        return !time.isBefore(issuedAt) && time.isBefore(expiresAt);
    }

    /** The entity tag of one form: list, version and form, so no two representations share one. */
    public String etag(TokenForm form) {
        return "\"" + listId + "." + version + "." + form.tagSuffix() + "\"";
    }

    /** {@code max-age}: the token's ttl, never past its expiry (draft §13.7), never negative. */
    public long maxAgeSeconds(Instant now) {
        long untilExpiry = Duration.between(now, expiresAt).toSeconds();
        return Math.max(0, Math.min(ttl.toSeconds(), untilExpiry));
    }

    /**
     * {@code Cache-Control}: {@code max-age} as above, and {@code stale-if-error} (RFC 5861) for the
     * rest of the token's life, so a cache (the gateway's, a CDN) that cannot reach this service may
     * keep serving it, but never past its {@code exp}.
     */
    public String cacheControl(Instant now) {
        long maxAge = maxAgeSeconds(now);
        long staleIfError = Math.max(0, Duration.between(now, expiresAt).toSeconds() - maxAge);
        return "max-age=" + maxAge + ", stale-if-error=" + staleIfError;
    }

    public byte[] body(TokenForm form) {
        return form == TokenForm.JWT ? jwt : cwt;
    }
}
