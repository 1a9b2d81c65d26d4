/**
 * The event envelope ({@link io.sigillum.events.EventEnvelope}), its JSON form
 * ({@link io.sigillum.events.EventCodec}) and its JMS transport
 * ({@link io.sigillum.events.JmsEventPublisher}, {@link io.sigillum.events.JmsEventListener}).
 */
package io.sigillum.events;
