package io.sigillum.wallet.issuance;

import com.fasterxml.jackson.databind.JsonNode;
import io.sigillum.wallet.CredentialOffer;
import io.sigillum.wallet.WalletException;
import io.sigillum.wallet.WalletException.Step;
import io.sigillum.wallet.dpop.DpopSession;
import io.sigillum.wallet.dpop.DpopSpec;
import io.sigillum.wallet.http.Http;
import io.sigillum.wallet.http.HttpReply;
import io.sigillum.wallet.http.Json;
import io.sigillum.wallet.metadata.AuthorizationServerMetadata;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The Token Request of the Pre-Authorized Code Flow (OID4VCI 1.0 §6.1), anonymous and with a DPoP
 * proof (RFC 9449 §5); the answer must be a DPoP-bound token.
 */
public final class ObtainAccessToken {

    private ObtainAccessToken() {
    }

    /**
     * @param server  the Authorization Server
     * @param offer   the offer with the Pre-Authorized Code
     * @param txCode  the Transaction Code; required when the offer asks for one, sent as given otherwise
     * @param session the issuance's DPoP session
     * @return the access token
     * @throws WalletException at {@link Step#TOKEN}: a code needed but not given, DPoP with ES256 not
     *                         supported, the server's refusal (with its {@code error}), or a token
     *                         that is not DPoP-bound
     */
    public static AccessToken obtain(AuthorizationServerMetadata server, CredentialOffer offer, String txCode,
                                     DpopSession session) {
        if (offer.transactionCodeRequired() && (txCode == null || txCode.isEmpty())) {
            throw new WalletException(Step.TOKEN, "the offer asks for a Transaction Code (tx_code"
                    + offer.transactionCode().flatMap(CredentialOffer.TransactionCode::description).map(d -> ": " + d).orElse("")
                    + "), but none was given (OID4VCI 1.0 §4.1.1, §6.1)");
        }
        if (server.dpopAlgorithms().isPresent() && !server.dpopAlgorithms().get().contains(DpopSpec.ALGORITHM)) {
            throw new WalletException(Step.TOKEN, "the Authorization Server accepts DPoP proofs signed with "
                    + server.dpopAlgorithms().get() + ", and this wallet signs only " + DpopSpec.ALGORITHM);
        }
        Map<String, String> form = new LinkedHashMap<>();
        form.put("grant_type", Oid4vciSpec.PRE_AUTHORIZED_CODE_GRANT);
        form.put("pre-authorized_code", offer.preAuthorizedCode());
        // A code given though none was asked for is sent anyway: the issuer must refuse it (§6.3).
        if (txCode != null && !txCode.isEmpty()) {
            form.put("tx_code", txCode);
        }
        HttpReply reply = session.post(server.tokenEndpoint(), Http.FORM, encode(form), Optional.empty(), Step.TOKEN);
        if (reply.status() != 200) {
            throw reply.refusal(Step.TOKEN, "the token request");
        }
        return read(reply.jsonObject(Step.TOKEN), reply);
    }

    private static AccessToken read(JsonNode json, HttpReply reply) {
        String where = "the token response of " + reply.uri();
        String token = Json.requiredText(json, "access_token", Step.TOKEN, where);
        String type = Json.requiredText(json, "token_type", Step.TOKEN, where);
        // RFC 6749 §7.1: token types are compared case-insensitively.
        if (!type.equalsIgnoreCase(DpopSpec.TOKEN_TYPE)) {
            throw new WalletException(Step.TOKEN, where + " has token_type " + type
                    + ", but a DPoP proof was sent and the token must be DPoP-bound (RFC 9449 §5)");
        }
        JsonNode expiresIn = json.get("expires_in");
        Optional<Duration> lifetime = Optional.empty();
        if (expiresIn != null && !expiresIn.isNull()) {
            if (!expiresIn.canConvertToExactIntegral() || expiresIn.asLong() <= 0) {
                throw new WalletException(Step.TOKEN, "expires_in in " + where + " is a positive number of seconds");
            }
            lifetime = Optional.of(Duration.ofSeconds(expiresIn.asLong()));
        }
        return new AccessToken(token, type, lifetime);
    }

    private static String encode(Map<String, String> form) {
        return form.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }
}
