package io.sigillum.trustregistry.issuer;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/** An issuer's URL: {@code issuer?id=…}, relative to the application's base (a path cannot carry an encoded {@code /}). */
public final class IssuerLinks {

    private IssuerLinks() {
    }

    public static URI of(String issuerId) {
        return URI.create("issuer?id=" + URLEncoder.encode(issuerId, StandardCharsets.UTF_8));
    }
}
