package io.sigillum.issuance.status;

import java.net.URI;

/**
 * An allocated status list entry: the credential's {@code status.status_list} claim.
 *
 * @param listId the status service's list id (what status change events name)
 * @param uri    the list's public URI
 * @param idx    the entry's index
 */
public record StatusEntry(String listId, URI uri, int idx) {
}
