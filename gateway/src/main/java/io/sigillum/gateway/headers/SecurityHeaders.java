package io.sigillum.gateway.headers;

import io.helidon.config.Config;
import io.helidon.http.Header;
import io.helidon.http.HeaderName;
import io.helidon.http.HeaderNames;
import io.helidon.http.HeaderValues;
import io.helidon.http.ServerResponseHeaders;
import io.helidon.webserver.http.ServerResponse;

import java.time.Duration;
import java.util.Set;

/**
 * The security headers of the gateway's answers. Every answer gets
 * {@code X-Content-Type-Options: nosniff} (a JSON body is never run as script),
 * {@code Referrer-Policy: no-referrer} (URLs with offer ids or codes do not leak onwards) and,
 * over TLS only (RFC 6797 §7.2), {@code Strict-Transport-Security}. The gateway's own answers
 * (problems, health, metrics, status lists) also get {@code X-Frame-Options: DENY} and
 * {@code Content-Security-Policy: default-src 'none'; frame-ancestors 'none'}: none of them is a
 * page to frame or to load anything. An upstream's answer keeps its own value of any of these
 * fields, and the two framing fields are the upstream's to choose (see {@link #OWN_ANSWERS_ONLY}).
 */
public final class SecurityHeaders {

    static final HeaderName X_FRAME_OPTIONS = HeaderNames.create("X-Frame-Options");
    static final HeaderName CONTENT_SECURITY_POLICY = HeaderNames.create("Content-Security-Policy");

    static final Header NOSNIFF = HeaderValues.createCached(HeaderNames.create("X-Content-Type-Options"), "nosniff");
    static final Header NO_REFERRER = HeaderValues.createCached(HeaderNames.create("Referrer-Policy"), "no-referrer");
    static final Header FRAME_DENY = HeaderValues.createCached(X_FRAME_OPTIONS, "DENY");
    static final Header NOTHING_TO_LOAD = HeaderValues.createCached(CONTENT_SECURITY_POLICY,
            "default-src 'none'; frame-ancestors 'none'");

    /** Set on the gateway's own answers only: withdrawn when an upstream's answer is relayed. */
    public static final Set<HeaderName> OWN_ANSWERS_ONLY = Set.of(X_FRAME_OPTIONS, CONTENT_SECURITY_POLICY);

    static final Duration DEFAULT_HSTS_MAX_AGE = Duration.ofDays(365);

    private final Header hsts;

    SecurityHeaders(Duration hstsMaxAge, boolean includeSubdomains) {
        if (hstsMaxAge.isNegative()) {
            throw new IllegalStateException("sigillum.gateway.headers.hsts.max-age must not be negative");
        }
        this.hsts = HeaderValues.createCached(HeaderNames.STRICT_TRANSPORT_SECURITY,
                "max-age=" + hstsMaxAge.toSeconds() + (includeSubdomains ? "; includeSubDomains" : ""));
    }

    /**
     * {@code sigillum.gateway.headers.hsts.max-age} (default a year; {@code PT0S} tells browsers
     * to forget the policy, RFC 6797 §6.1.1) and {@code .include-subdomains} (default false: other
     * hosts of the domain may not serve TLS).
     */
    public static SecurityHeaders from(Config config) {
        Config hsts = config.get("sigillum.gateway.headers.hsts");
        return new SecurityHeaders(hsts.get("max-age").as(Duration.class).orElse(DEFAULT_HSTS_MAX_AGE),
                hsts.get("include-subdomains").asBoolean().orElse(false));
    }

    /** Sets them all, as for one of the gateway's own answers; a relayed answer replaces what it has. */
    void apply(ServerResponse response, boolean secure) {
        response.header(NOSNIFF).header(NO_REFERRER).header(FRAME_DENY).header(NOTHING_TO_LOAD);
        if (secure) {
            response.header(hsts);
        }
    }

    /**
     * The fields for answers written outside the routing (Helidon's own refusals), where whether
     * the connection is TLS is not known: all but {@code Strict-Transport-Security}, which the
     * next answer on a TLS connection carries.
     */
    public static void applyTo(ServerResponseHeaders headers) {
        headers.set(NOSNIFF);
        headers.set(NO_REFERRER);
        headers.set(FRAME_DENY);
        headers.set(NOTHING_TO_LOAD);
    }
}
