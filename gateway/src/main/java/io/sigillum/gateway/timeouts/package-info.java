/**
 * Deadlines for slow clients. Helidon closes a connection that waits too long for a request line
 * ({@code server.idle-connection-timeout}), but nothing of its own stops a client that trickles
 * its headers or body a byte at a time, or stops sending mid-request: its {@code read-timeout} is
 * not applied to the sockets it accepts. The gateway bounds the header section
 * ({@code sigillum.gateway.request-header-timeout}) and the body
 * ({@code sigillum.gateway.request-body-timeout}).
 */
package io.sigillum.gateway.timeouts;
