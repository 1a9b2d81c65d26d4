/**
 * How the registry changes: every change locks the one version row, moves the registry to its
 * next version, writes its entry in the append-only change log (who, when, what, why) and appends
 * a {@code trust.changed} event to the outbox, in one transaction; the outbox relay then publishes
 * the event on the topic every verifier subscribes to. The change log is read here too.
 */
package io.sigillum.trustregistry.changes;
