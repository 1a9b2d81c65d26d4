package io.sigillum.gateway.status;

import io.helidon.http.Header;
import io.helidon.http.HeaderNames;
import io.helidon.http.HeaderValues;

import java.util.concurrent.TimeUnit;

/**
 * One form of one list's token as the gateway holds it: upstream's bytes and entity tag, and how
 * long upstream said it stays fresh ({@code max-age}) counted from when it was last fetched or
 * revalidated. Immutable apart from a memo of its per-second header values; a revalidation makes
 * a new instance that shares the body.
 */
final class CachedToken {

    private static final long SECOND = TimeUnit.SECONDS.toNanos(1);

    /** The two header values that change with the entry's age, for one second of it (see {@link #stamp}). */
    private record Stamp(long slot, Header cacheControl, Header age) {
    }

    private final TokenForm form;
    private final byte[] body;
    private final String etag;
    private final Header etagHeader;
    private final Header contentLength;
    private final long maxAgeSeconds;
    private final long staleIfErrorSeconds;
    private final long validatedAt;
    // Racy by design: two threads may build the same stamp; either result is correct.
    private volatile Stamp stamp;

    /**
     * @param validatedAt when upstream last vouched for these bytes, on the cache's nanosecond clock,
     *                    already moved back by any {@code Age} upstream reported
     */
    CachedToken(TokenForm form, byte[] body, String etag, long maxAgeSeconds, long staleIfErrorSeconds, long validatedAt) {
        this.form = form;
        this.body = body;
        this.etag = etag;
        this.etagHeader = etag == null ? null : HeaderValues.create(HeaderNames.ETAG, etag);
        this.contentLength = HeaderValues.create(HeaderNames.CONTENT_LENGTH, body.length);
        this.maxAgeSeconds = Math.max(0, maxAgeSeconds);
        this.staleIfErrorSeconds = staleIfErrorSeconds;
        this.validatedAt = validatedAt;
    }

    /** The same bytes, vouched for again by upstream (a 304 to a conditional request). */
    CachedToken revalidated(long maxAgeSeconds, long staleIfErrorSeconds, long validatedAt) {
        return new CachedToken(form, body, etag, maxAgeSeconds, staleIfErrorSeconds, validatedAt);
    }

    /**
     * Whether the token may still be served stale while upstream fails: within the gateway's own
     * limit, and within upstream's {@code stale-if-error} when it gave one (the status service gives
     * the rest of the token's life, so a held token is never served past its {@code exp}).
     */
    boolean servableOnError(long now, long configuredLimitNanos) {
        long limit = staleIfErrorSeconds < 0 ? configuredLimitNanos
                : Math.min(configuredLimitNanos, staleIfErrorSeconds * SECOND);
        return stalenessNanos(now) <= limit;
    }

    TokenForm form() {
        return form;
    }

    byte[] body() {
        return body;
    }

    /** Upstream's entity tag, or null if it sent none. */
    String etag() {
        return etag;
    }

    Header etagHeader() {
        return etagHeader;
    }

    Header contentLength() {
        return contentLength;
    }

    long maxAgeSeconds() {
        return maxAgeSeconds;
    }

    boolean fresh(long now) {
        return now - validatedAt < maxAgeSeconds * SECOND;
    }

    /** How long past its freshness the entry is; negative while fresh. */
    long stalenessNanos(long now) {
        return now - validatedAt - maxAgeSeconds * SECOND;
    }

    /**
     * {@code Cache-Control: max-age}, the freshness left, rounded down so that it never exceeds
     * upstream's max-age minus the entry's age (0 once stale).
     */
    Header cacheControl(long now) {
        return stamp(now).cacheControl();
    }

    /** {@code Age} (RFC 9111 §5.1): whole seconds since upstream last vouched for the bytes. */
    Header age(long now) {
        return stamp(now).age();
    }

    /**
     * {@code Age} is the age in whole seconds, rounded down; {@code max-age} subtracts the age
     * rounded up, so that the two never promise more freshness than upstream gave. Both change
     * once a second, so they are built once per second and slot (whole or fractional age).
     */
    private Stamp stamp(long now) {
        long ageNanos = Math.max(0, now - validatedAt);
        long whole = ageNanos / SECOND;
        boolean fraction = ageNanos % SECOND != 0;
        long slot = 2 * whole + (fraction ? 1 : 0);
        Stamp current = stamp;
        if (current != null && current.slot() == slot) {
            return current;
        }
        long ageUp = whole + (fraction ? 1 : 0);
        Stamp fresh = new Stamp(slot,
                HeaderValues.create(HeaderNames.CACHE_CONTROL, "max-age=" + Math.max(0, maxAgeSeconds - ageUp)),
                HeaderValues.create(HeaderNames.AGE, Long.toString(whole)));
        stamp = fresh;
        return fresh;
    }
}
