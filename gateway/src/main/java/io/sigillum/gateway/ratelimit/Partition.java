package io.sigillum.gateway.ratelimit;

/** Whom a route's quota is counted for. */
public enum Partition {

    /**
     * The TCP peer's address (an IPv6 peer by its /64, which one subscriber usually holds whole).
     * The gateway is the public entry, so the peer is the client; behind a load balancer it would
     * be the balancer, and a trusted-proxy setting for {@code Forwarded} is still to come.
     */
    ADDRESS,
    /**
     * The validated bearer token's {@code sub}: one quota per caller, wherever it connects from.
     * Only requests that passed authentication count, so a stranger cannot spend someone's quota
     * (draft-ietf-httpapi-ratelimit-headers-11 §8.2).
     */
    SUBJECT
}
