package io.sigillum.wallet.vp.request;

import io.sigillum.wallet.WalletException;
import io.sigillum.wallet.WalletException.RequestCheck;
import io.sigillum.wallet.http.LinkQuery;

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
        return LinkQuery.parameters(link, (problem, detail, cause) -> switch (problem) {
            case NOT_A_URL -> malformed("the Authorization Request is a URL such as openid4vp://?…", null);
            case NO_QUERY -> malformed("the Authorization Request link has no query", null);
            case REPEATED -> malformed("the Authorization Request repeats the parameter " + detail, null);
            case NOT_PERCENT_ENCODED -> malformed("the Authorization Request is not properly percent-encoded", cause);
        });
    }

    private static WalletException malformed(String message, Throwable cause) {
        return WalletException.refusedRequest(RequestCheck.MALFORMED, message, cause);
    }
}
