package io.sigillum.status.publication;

import io.sigillum.statuslist.token.StatusListToken;

/** Signs a list's token in both of its forms. */
public interface ListSigner {

    /**
     * @param token the claims
     * @return the JWT and the CWT of the token
     * @throws RuntimeException when the key cannot sign now (e.g. the key-management service is down)
     */
    SignedList sign(StatusListToken token);
}
