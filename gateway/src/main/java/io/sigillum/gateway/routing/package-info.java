/**
 * Reverse-proxy routing: a table of path prefixes, each naming an upstream service, built from
 * configuration; the forwarding of a request to its upstream and of the answer back, streamed;
 * what the gateway answers when an upstream cannot; and each route's metrics.
 */
package io.sigillum.gateway.routing;
