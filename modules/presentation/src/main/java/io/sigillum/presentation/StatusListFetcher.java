package io.sigillum.presentation;

import java.net.URI;

/**
 * Fetches a Status List Token from the {@code uri} of a credential's {@code status_list} claim
 * (draft-ietf-oauth-status-list §8.1). The service implements it over HTTP with size caps, timeouts
 * and fault tolerance; {@link StatusLists} calls it when it has no fresh verified copy.
 */
@FunctionalInterface
public interface StatusListFetcher {

    /**
     * @param uri the Status List Token's URI
     * @return the response body and its media type
     * @throws StatusFetchException when the token cannot be had: unreachable, an error status, too large
     */
    FetchedStatusList fetch(URI uri) throws StatusFetchException;
}
