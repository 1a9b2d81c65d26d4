package io.sigillum.issuance.offer;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The Credential Offer object (OID4VCI 1.0 §4.1.1) and its {@code openid-credential-offer://}
 * URI, by value ({@code credential_offer}) or by reference ({@code credential_offer_uri}).
 */
final class CredentialOfferDocument {

    static final String PRE_AUTHORIZED_GRANT = "urn:ietf:params:oauth:grant-type:pre-authorized_code";
    private static final String SCHEME = "openid-credential-offer://";
    private static final ObjectMapper JSON = new ObjectMapper();

    private CredentialOfferDocument() {
    }

    /** The offer's JSON. */
    static String json(URI issuer, List<String> configurationIds, String preAuthorizedCode, Optional<TxCode> txCode) {
        Map<String, Object> grant = new LinkedHashMap<>();
        grant.put("pre-authorized_code", preAuthorizedCode);
        txCode.ifPresent(code -> {
            Map<String, Object> described = new LinkedHashMap<>();
            described.put("input_mode", code.inputMode());
            described.put("length", code.length());
            code.description().ifPresent(d -> described.put("description", d));
            grant.put("tx_code", described);
        });
        Map<String, Object> offer = new LinkedHashMap<>();
        offer.put("credential_issuer", issuer.toString());
        offer.put("credential_configuration_ids", configurationIds);
        offer.put("grants", Map.of(PRE_AUTHORIZED_GRANT, grant));
        try {
            return JSON.writeValueAsString(offer);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The URI carrying the offer itself. */
    static String byValue(String json) {
        return SCHEME + "?credential_offer=" + encode(json);
    }

    /** The URI pointing at where the offer is served. */
    static String byReference(URI offerUri) {
        return SCHEME + "?credential_offer_uri=" + encode(offerUri.toString());
    }

    private static String encode(String value) {
        // Form encoding writes a space as '+'; a URI query wants %20.
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }

    /** What the wallet is told about the Transaction Code it must ask the person for. */
    record TxCode(String inputMode, int length, Optional<String> description) {
    }
}
