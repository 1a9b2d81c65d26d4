package io.sigillum.wallet.metadata;

import java.net.URI;

/**
 * Well-known metadata URLs: {@code /.well-known/<suffix>} inserted between the host and the path
 * of an identifier (OID4VCI 1.0 §12.2.2; RFC 8414 §3.1, which also drops a terminating {@code /}).
 */
public final class WellKnown {

    private WellKnown() {
    }

    /**
     * @param identifier an {@code https} identifier without query or fragment
     * @param suffix     the well-known suffix, e.g. {@code openid-credential-issuer}
     * @return the metadata URL: {@code https://host[:port]/.well-known/<suffix>[path]}
     */
    public static URI of(URI identifier, String suffix) {
        String path = identifier.getRawPath() == null ? "" : identifier.getRawPath();
        while (path.endsWith("/")) {
            path = path.substring(0, path.length() - 1);
        }
        return URI.create(identifier.getScheme() + "://" + identifier.getRawAuthority() + "/.well-known/" + suffix + path);
    }
}
