/**
 * The event envelope ({@link io.sigillum.events.EventEnvelope}), its JSON form
 * ({@link io.sigillum.events.EventCodec}), its JMS transport
 * ({@link io.sigillum.events.JmsEventPublisher}, {@link io.sigillum.events.JmsEventListener}),
 * and the transactional outbox: {@link io.sigillum.events.OutboxAppender} records an event in the
 * producer's transaction, in the table {@link io.sigillum.events.OutboxSchema} describes, and
 * {@link io.sigillum.events.OutboxRelay} sends it to its {@link io.sigillum.events.EventDestination}.
 */
package io.sigillum.events;
