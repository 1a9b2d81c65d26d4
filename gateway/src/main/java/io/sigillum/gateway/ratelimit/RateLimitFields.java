package io.sigillum.gateway.ratelimit;

import io.helidon.http.Header;
import io.helidon.http.HeaderName;
import io.helidon.http.HeaderNames;
import io.helidon.http.HeaderValues;

/**
 * The response fields of draft-ietf-httpapi-ratelimit-headers-11 (September 2025), in their
 * Structured Field form (RFC 9651): each a List of one Item, a String naming the policy, with
 * Integer parameters.
 * <ul>
 *   <li>{@code RateLimit-Policy: "issuance-token";q=100;w=10} (§3): the quota {@code q} (the
 *       bucket's capacity) per window {@code w} (the seconds an empty bucket takes to fill).</li>
 *   <li>{@code RateLimit: "issuance-token";r=41;t=1} (§4): {@code r} requests left now, and
 *       {@code t}, the seconds within which no more than {@code r} can be used (§4.1.2), which for
 *       a token bucket is the time until the next token. On a 429 that is also {@code Retry-After},
 *       so {@code Retry-After} never points before the end of the window (§6).</li>
 * </ul>
 * No partition key ({@code pk}) is sent: it would echo the client's address or subject (§6.1, §8.2).
 */
final class RateLimitFields {

    static final HeaderName RATE_LIMIT = HeaderNames.create("RateLimit");
    static final HeaderName RATE_LIMIT_POLICY = HeaderNames.create("RateLimit-Policy");

    private RateLimitFields() {
    }

    /** The route's constant policy field, made once. */
    static Header policy(RateLimitPolicy policy) {
        return HeaderValues.createCached(RATE_LIMIT_POLICY,
                string(policy.name()) + ";q=" + policy.capacity() + ";w=" + policy.windowSeconds());
    }

    static Header limit(RateLimitPolicy policy, long remaining, long seconds) {
        return HeaderValues.create(RATE_LIMIT, string(policy.name()) + ";r=" + remaining + ";t=" + seconds);
    }

    /** An sf-string (RFC 9651 §3.3.3): printable ASCII, with {@code "} and {@code \} escaped. */
    static String string(String value) {
        StringBuilder out = new StringBuilder(value.length() + 2).append('"');
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c < 0x20 || c > 0x7e) {
                throw new IllegalArgumentException("not printable ASCII: a policy name is a route name");
            }
            if (c == '"' || c == '\\') {
                out.append('\\');
            }
            out.append(c);
        }
        return out.append('"').toString();
    }
}
