/**
 * The authentic source: where a person's attributes come from. {@code database} keeps people in
 * this service's schema (the dev stack seeds them); {@code http} asks a register over HTTP,
 * behind a bulkhead, a timeout, retries and a circuit breaker.
 */
package io.sigillum.issuance.source;
