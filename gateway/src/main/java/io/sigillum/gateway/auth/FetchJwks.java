package io.sigillum.gateway.auth;

/** Fetches the text of a JWKS from where it is published. */
@FunctionalInterface
interface FetchJwks {

    /**
     * @return the document, at most the configured size
     * @throws JwksFetchFailed when it cannot be had: unreachable, not 200, too large, too slow
     */
    String fetch() throws JwksFetchFailed;
}
