package io.sigillum.wallet.http;

import io.sigillum.wallet.WalletException;
import io.sigillum.wallet.WalletException.Step;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;

/** URL checks the specifications ask of every endpoint the wallet talks to. */
public final class Urls {

    private Urls() {
    }

    /**
     * @param value a URL a specification says uses {@code https}
     * @param step  the step reading it
     * @param what  what it names, for errors
     * @return the URI
     * @throws WalletException when it is not an absolute {@code https} URL with a host
     */
    public static URI https(String value, Step step, String what) {
        URI uri;
        try {
            uri = new URI(value);
        } catch (URISyntaxException e) {
            throw new WalletException(step, what + " is not a URL: " + value);
        }
        if (uri.getScheme() == null || !uri.getScheme().toLowerCase(Locale.ROOT).equals("https") || uri.getHost() == null) {
            throw new WalletException(step, what + " must be an https URL with a host, not " + value);
        }
        return uri;
    }

    /**
     * @param value an identifier that is an {@code https} URL without query or fragment
     *              (OID4VCI 1.0 §12.2.1, RFC 8414 §2)
     * @return the URI
     */
    public static URI identifier(String value, Step step, String what) {
        URI uri = https(value, step, what);
        if (uri.getRawQuery() != null || uri.getRawFragment() != null) {
            throw new WalletException(step, what + " has no query or fragment component: " + value);
        }
        return uri;
    }

    /** @return scheme, host and port: the server a DPoP nonce belongs to */
    public static String origin(URI uri) {
        int port = uri.getPort() < 0 ? 443 : uri.getPort();
        return uri.getScheme().toLowerCase(Locale.ROOT) + "://" + uri.getHost().toLowerCase(Locale.ROOT) + ":" + port;
    }
}
