package io.sigillum.benchmarks.issuance;

import com.nimbusds.jose.util.JSONObjectUtils;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.text.ParseException;
import java.util.Map;

/**
 * Reads the Pre-Authorized Code out of a credential offer passed by value
 * ({@code openid-credential-offer://?credential_offer=<JSON>}, OID4VCI 1.0 §4.1). A pure function.
 */
final class OfferUris {

    static final String PRE_AUTHORIZED_GRANT = "urn:ietf:params:oauth:grant-type:pre-authorized_code";
    private static final String PARAMETER = "credential_offer=";

    private OfferUris() {
    }

    /**
     * @param offerUri the offer link, by value
     * @return its {@code pre-authorized_code}
     * @throws IllegalArgumentException when the link holds no offer by value with that grant
     */
    static String preAuthorizedCode(String offerUri) {
        int query = offerUri.indexOf('?');
        if (query < 0) {
            throw new IllegalArgumentException("the offer link has no query: " + offerUri);
        }
        for (String parameter : offerUri.substring(query + 1).split("&")) {
            if (parameter.startsWith(PARAMETER)) {
                return code(URLDecoder.decode(parameter.substring(PARAMETER.length()), StandardCharsets.UTF_8));
            }
        }
        throw new IllegalArgumentException("the offer link passes no offer by value (credential_offer): " + offerUri);
    }

    private static String code(String offerJson) {
        try {
            Map<String, Object> grants = JSONObjectUtils.getJSONObject(JSONObjectUtils.parse(offerJson), "grants");
            Map<String, Object> grant = grants == null ? null : JSONObjectUtils.getJSONObject(grants, PRE_AUTHORIZED_GRANT);
            String code = grant == null ? null : JSONObjectUtils.getString(grant, "pre-authorized_code");
            if (code == null || code.isEmpty()) {
                throw new IllegalArgumentException("the offer has no pre-authorized code: " + offerJson);
            }
            return code;
        } catch (ParseException e) {
            throw new IllegalArgumentException("the offer is not the JSON object of OID4VCI 1.0 §4.1.1: " + offerJson, e);
        }
    }
}
