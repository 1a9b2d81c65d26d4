package io.sigillum.wallet.offer;

import com.fasterxml.jackson.databind.JsonNode;
import io.sigillum.wallet.CredentialOffer;
import io.sigillum.wallet.CredentialOffer.TransactionCode;
import io.sigillum.wallet.WalletException;
import io.sigillum.wallet.WalletException.Step;
import io.sigillum.wallet.http.Json;
import io.sigillum.wallet.http.Urls;
import io.sigillum.wallet.issuance.Oid4vciSpec;

import java.net.URI;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Reads a Credential Offer object (OID4VCI 1.0 §4.1.1) into a {@link CredentialOffer}. */
public final class OfferJson {

    private static final String WHERE = "the Credential Offer";

    private OfferJson() {
    }

    /**
     * @param offer     the JSON object
     * @param reference the {@code credential_offer_uri} it came from, if any
     * @return the offer
     * @throws WalletException at {@link Step#OFFER} when a parameter is missing or malformed, or the
     *                         offer has no Pre-Authorized Code grant
     */
    public static CredentialOffer read(JsonNode offer, Optional<URI> reference) {
        String issuer = Json.requiredText(offer, "credential_issuer", Step.OFFER, WHERE);
        Urls.identifier(issuer, Step.OFFER, "credential_issuer (§12.2.1)");
        List<String> ids = configurationIds(offer.get("credential_configuration_ids"));
        JsonNode grants = offer.get("grants");
        if (grants != null && !grants.isNull() && !grants.isObject()) {
            throw new WalletException(Step.OFFER, "grants in " + WHERE + " is a JSON object (§4.1.1)");
        }
        JsonNode grant = grants == null ? null : grants.get(Oid4vciSpec.PRE_AUTHORIZED_CODE_GRANT);
        if (grant == null || grant.isNull()) {
            List<String> offered = new ArrayList<>();
            if (grants != null) {
                grants.fieldNames().forEachRemaining(offered::add);
            }
            throw new WalletException(Step.OFFER, "this wallet follows only the Pre-Authorized Code Flow, but "
                    + WHERE + " offers the grants " + offered + " (§4.1.1)");
        }
        if (!grant.isObject()) {
            throw new WalletException(Step.OFFER, "the pre-authorized_code grant is a JSON object (§4.1.1)");
        }
        String code = Json.requiredText(grant, "pre-authorized_code", Step.OFFER, "the pre-authorized_code grant");
        Optional<String> authorizationServer = Json.optionalText(grant, "authorization_server", Step.OFFER,
                "the pre-authorized_code grant");
        return new CredentialOffer(issuer, ids, code, transactionCode(grant.get("tx_code")), authorizationServer, reference);
    }

    private static List<String> configurationIds(JsonNode ids) {
        if (ids == null || !ids.isArray() || ids.isEmpty()) {
            throw new WalletException(Step.OFFER, "credential_configuration_ids in " + WHERE
                    + " is a non-empty array of strings (§4.1.1)");
        }
        List<String> list = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (JsonNode id : ids) {
            if (!id.isTextual() || id.asText().isEmpty()) {
                throw new WalletException(Step.OFFER, "credential_configuration_ids holds non-empty strings (§4.1.1)");
            }
            if (!seen.add(id.asText())) {
                throw new WalletException(Step.OFFER, "credential_configuration_ids repeats " + id.asText()
                        + "; its strings are unique (§4.1.1)");
            }
            list.add(id.asText());
        }
        return list;
    }

    /** §4.1.1: a {@code tx_code} object, even empty, means a Transaction Code is required. */
    private static Optional<TransactionCode> transactionCode(JsonNode txCode) {
        if (txCode == null || txCode.isNull()) {
            return Optional.empty();
        }
        if (!txCode.isObject()) {
            throw new WalletException(Step.OFFER, "tx_code in " + WHERE + " is a JSON object (§4.1.1)");
        }
        String where = "the offer's tx_code";
        String mode = Json.optionalText(txCode, "input_mode", Step.OFFER, where).orElse(Oid4vciSpec.TX_CODE_NUMERIC);
        if (!mode.equals(Oid4vciSpec.TX_CODE_NUMERIC) && !mode.equals(Oid4vciSpec.TX_CODE_TEXT)) {
            throw new WalletException(Step.OFFER, "tx_code input_mode is numeric or text, not " + mode + " (§4.1.1)");
        }
        JsonNode length = txCode.get("length");
        if (length != null && !length.isNull() && (!length.canConvertToExactIntegral() || length.asInt() < 1)) {
            throw new WalletException(Step.OFFER, "tx_code length is a positive integer (§4.1.1)");
        }
        Optional<Integer> len = length == null || length.isNull() ? Optional.empty() : Optional.of(length.asInt());
        return Optional.of(new TransactionCode(mode, len, Json.optionalText(txCode, "description", Step.OFFER, where)));
    }
}
