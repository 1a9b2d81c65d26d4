package io.sigillum.wallet.vp.request;

import io.sigillum.wallet.WalletException;
import io.sigillum.wallet.WalletException.RequestCheck;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The parameters of an Authorization Request link: {@code openid4vp://?…}, {@code haip-vp://?…} or an
 * {@code https} link with the same query (§9: the Wallet's authorization endpoint may be either).
 */
final class QueryParameters {

    private QueryParameters() {
    }

    /**
     * @param link the link as scanned
     * @return its decoded query parameters; a repeated parameter is refused (RFC 6749 §3.1)
     */
    static Map<String, String> of(String link) {
        String text = link.trim();
        int colon = text.indexOf(':');
        if (colon < 1 || !text.substring(0, colon).matches("[A-Za-z][A-Za-z0-9+.-]*")) {
            throw malformed("the Authorization Request is a URL such as openid4vp://?…");
        }
        int question = text.indexOf('?');
        if (question < 0) {
            throw malformed("the Authorization Request link has no query");
        }
        int hash = text.indexOf('#', question);
        String query = hash < 0 ? text.substring(question + 1) : text.substring(question + 1, hash);
        Map<String, String> parameters = new LinkedHashMap<>();
        for (String pair : query.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int equals = pair.indexOf('=');
            String name = decode(equals < 0 ? pair : pair.substring(0, equals));
            String value = equals < 0 ? "" : decode(pair.substring(equals + 1));
            if (parameters.put(name, value) != null) {
                throw malformed("the Authorization Request repeats the parameter " + name);
            }
        }
        return parameters;
    }

    private static String decode(String text) {
        try {
            return URLDecoder.decode(text, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw WalletException.refusedRequest(RequestCheck.MALFORMED, "the Authorization Request is not properly percent-encoded", e);
        }
    }

    private static WalletException malformed(String message) {
        return WalletException.refusedRequest(RequestCheck.MALFORMED, message, null);
    }
}
