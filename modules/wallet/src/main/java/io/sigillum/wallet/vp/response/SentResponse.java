package io.sigillum.wallet.vp.response;

import java.net.URI;
import java.util.Objects;

/**
 * A response body as posted, kept to replay it.
 *
 * @param responseUri where it went
 * @param form        the form-encoded body
 * @param encrypted   whether it carried a JWE
 */
record SentResponse(URI responseUri, String form, boolean encrypted) {

    SentResponse {
        Objects.requireNonNull(responseUri, "responseUri");
        Objects.requireNonNull(form, "form");
    }
}
