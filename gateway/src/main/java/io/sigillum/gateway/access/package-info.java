/**
 * The access log: one line per request with its method, the route that took it, the status and
 * the time it took. The correlation id comes with every log line. Nothing that may carry a secret
 * is logged: no path (an offer's path is its capability), no query (codes travel there), no
 * header (tokens, DPoP proofs), no body, and no client address.
 */
package io.sigillum.gateway.access;
