/**
 * How the outbox relay works: its SQL, one relay pass, the JMS session it reconnects, and its
 * backoff. Not exported; the API is {@link io.sigillum.events.OutboxRelay} and
 * {@link io.sigillum.events.OutboxAppender}.
 */
package io.sigillum.events.internal;
