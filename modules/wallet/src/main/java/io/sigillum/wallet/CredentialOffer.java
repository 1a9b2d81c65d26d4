package io.sigillum.wallet;

import java.net.URI;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A resolved Credential Offer with the Pre-Authorized Code grant (OID4VCI 1.0 §4.1.1), the only
 * grant this wallet follows.
 *
 * @param credentialIssuer          {@code credential_issuer}, the Credential Issuer Identifier
 * @param credentialConfigurationIds {@code credential_configuration_ids}, non-empty and unique
 * @param preAuthorizedCode         {@code pre-authorized_code}
 * @param transactionCode           {@code tx_code}: present (even empty) when the token request
 *                                  needs a Transaction Code
 * @param authorizationServer       {@code authorization_server} of the grant, if given
 * @param reference                 the {@code credential_offer_uri} it was fetched from, if it came by reference
 */
public record CredentialOffer(String credentialIssuer, List<String> credentialConfigurationIds, String preAuthorizedCode,
                              Optional<TransactionCode> transactionCode, Optional<String> authorizationServer,
                              Optional<URI> reference) {

    /** Checks that nothing is null and copies the list. */
    public CredentialOffer {
        Objects.requireNonNull(credentialIssuer, "credentialIssuer");
        credentialConfigurationIds = List.copyOf(credentialConfigurationIds);
        Objects.requireNonNull(preAuthorizedCode, "preAuthorizedCode");
        Objects.requireNonNull(transactionCode, "transactionCode");
        Objects.requireNonNull(authorizationServer, "authorizationServer");
        Objects.requireNonNull(reference, "reference");
    }

    /** @return whether the Token Request must carry a {@code tx_code} (§4.1.1: the object is present, even empty) */
    public boolean transactionCodeRequired() {
        return transactionCode.isPresent();
    }

    /** @return a summary without the pre-authorized code, which is a bearer secret */
    @Override
    public String toString() {
        return "CredentialOffer[" + credentialIssuer + ", " + credentialConfigurationIds
                + (transactionCodeRequired() ? ", tx_code required" : "") + "]";
    }

    /**
     * What the offer says about the Transaction Code (§4.1.1).
     *
     * @param inputMode   {@code numeric} (the default) or {@code text}
     * @param length      the expected length, if given
     * @param description guidance for the holder, if given
     */
    public record TransactionCode(String inputMode, Optional<Integer> length, Optional<String> description) {

        /** Checks that nothing is null. */
        public TransactionCode {
            Objects.requireNonNull(inputMode, "inputMode");
            Objects.requireNonNull(length, "length");
            Objects.requireNonNull(description, "description");
        }
    }
}
