package io.sigillum.gateway.ratelimit;

import io.helidon.http.Header;
import io.helidon.http.HeaderNames;
import io.helidon.http.Status;
import io.helidon.webserver.http.ServerResponse;
import io.sigillum.gateway.problem.Problems;

import java.util.List;
import java.util.Map;

/**
 * The answer to a request over its route's quota: 429 (RFC 6585 §4) with {@code Retry-After} in
 * seconds (RFC 9110 §10.2.3) and the draft's fields, as the problem type draft-11 §5.1 defines
 * ({@code quota-exceeded}, naming the policy in {@code violated-policies}). It says nothing of the
 * client's key nor of how many others share the route.
 */
final class QuotaExceeded {

    static final Status TOO_MANY_REQUESTS = Status.TOO_MANY_REQUESTS_429;
    /** Draft-11 §5.1 / §10.2.1; to be registered by IANA with the RFC. */
    static final String TYPE = "https://iana.org/assignments/http-problem-types#quota-exceeded";

    private QuotaExceeded() {
    }

    static Status send(ServerResponse response, RateLimitPolicy policy, Header policyField, long retryAfterSeconds) {
        response.header(HeaderNames.RETRY_AFTER, String.valueOf(retryAfterSeconds))
                .header(policyField)
                .header(RateLimitFields.limit(policy, 0, retryAfterSeconds));
        Problems.send(response, TOO_MANY_REQUESTS, TYPE, "Quota exceeded",
                "Too many requests on this route. Retry after " + retryAfterSeconds + " s.",
                Map.of("violated-policies", List.of(policy.name())));
        return TOO_MANY_REQUESTS;
    }
}
