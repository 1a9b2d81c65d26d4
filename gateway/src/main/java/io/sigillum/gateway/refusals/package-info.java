/**
 * Requests the gateway refuses before any route sees them: paths that could climb out of a route
 * at an upstream, ambiguous message framing, oversized header sections and bodies. Each refusal is
 * an RFC 9457 problem and closes the connection.
 */
package io.sigillum.gateway.refusals;
