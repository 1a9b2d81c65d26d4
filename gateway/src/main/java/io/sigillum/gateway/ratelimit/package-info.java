/**
 * Rate limits at the edge: a token bucket per route and client (Bucket4j's), the client being the
 * validated token's subject on protected routes and the TCP peer's address on open ones. Refusals
 * are 429 problems with {@code Retry-After}; limited answers carry the {@code RateLimit-Policy}
 * and {@code RateLimit} fields of draft-ietf-httpapi-ratelimit-headers-11. Buckets live in a map
 * bounded in size and dropped when idle, so a flood of addresses cannot exhaust memory.
 */
package io.sigillum.gateway.ratelimit;
