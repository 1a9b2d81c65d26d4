/**
 * The gateway's subscription to {@code status.published}: each event refreshes the named list in
 * the edge cache at once. Reached through JNDI, so no Artemis class is a compile-time dependency.
 */
package io.sigillum.gateway.status.events;
