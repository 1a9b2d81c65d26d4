/**
 * The status-list edge cache: {@code GET /status-lists/{listId}} answered from memory, filled from
 * the status service on a miss, revalidated in the background when upstream's {@code max-age} has
 * passed, refreshed at once by {@code status.published} events, and kept serving (for a bounded
 * time) while the status service is down.
 */
package io.sigillum.gateway.status;
