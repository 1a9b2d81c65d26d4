package io.sigillum.wallet;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * What the wallet just did, for a listener that narrates the flow (a demo prints each step).
 * Steps carry no secrets: no access token, no pre-authorized code, no private key, no claim values.
 */
public sealed interface WalletStep {

    /**
     * The Credential Offer was resolved (OID4VCI 1.0 §4.1).
     *
     * @param credentialIssuer          the Credential Issuer Identifier
     * @param credentialConfigurationIds the offered configurations
     * @param transactionCodeRequired   whether a {@code tx_code} is needed
     * @param byReference               whether it was fetched from a {@code credential_offer_uri}
     */
    record OfferResolved(String credentialIssuer, List<String> credentialConfigurationIds,
                         boolean transactionCodeRequired, boolean byReference) implements WalletStep {
        /** Copies the list. */
        public OfferResolved {
            credentialConfigurationIds = List.copyOf(credentialConfigurationIds);
        }
    }

    /**
     * Credential Issuer and Authorization Server metadata were read and checked.
     *
     * @param credentialIssuer    the Credential Issuer Identifier
     * @param authorizationServer the Authorization Server's issuer identifier
     * @param tokenEndpoint       its token endpoint
     * @param credentialEndpoint  the Credential Endpoint
     * @param batchSize           the metadata's {@code batch_credential_issuance.batch_size}, if any
     */
    record MetadataRead(String credentialIssuer, String authorizationServer, String tokenEndpoint,
                        String credentialEndpoint, Optional<Integer> batchSize) implements WalletStep {
    }

    /**
     * A server asked for a DPoP nonce and the request was sent again with it (RFC 9449 §8, §9).
     *
     * @param endpoint the endpoint that asked
     */
    record DpopNonceRetry(String endpoint) implements WalletStep {
    }

    /**
     * An access token was obtained (OID4VCI 1.0 §6.2).
     *
     * @param tokenType {@code token_type}, {@code DPoP}
     * @param expiresIn {@code expires_in}, if given
     */
    record TokenObtained(String tokenType, Optional<Duration> expiresIn) implements WalletStep {
    }

    /**
     * A {@code c_nonce} was obtained from the Nonce Endpoint (§7).
     *
     * @param credentialConfigurationId the configuration it is for
     * @param cNonce                    the nonce (not a secret: it only makes proofs fresh)
     * @param retry                     whether it replaces one the issuer refused ({@code invalid_nonce})
     */
    record NonceObtained(String credentialConfigurationId, String cNonce, boolean retry) implements WalletStep {
    }

    /**
     * A Credential Request was sent (§8.2).
     *
     * @param credentialConfigurationId the configuration requested
     * @param proofs                    the number of key proofs, each with its own key
     */
    record CredentialRequested(String credentialConfigurationId, int proofs) implements WalletStep {
    }

    /**
     * The issuer deferred issuance (§8.3 with status 202, §9.2).
     *
     * @param credentialConfigurationId the configuration requested
     * @param interval                  how long the issuer asked to wait
     */
    record IssuanceDeferred(String credentialConfigurationId, Duration interval) implements WalletStep {
    }

    /**
     * A credential arrived.
     *
     * @param credentialConfigurationId its configuration
     * @param format                    its format, {@code dc+sd-jwt}
     * @param vct                       its {@code vct} as the metadata announces it
     * @param disclosures               how many Disclosures came with it
     */
    record CredentialReceived(String credentialConfigurationId, String format, String vct, int disclosures)
            implements WalletStep {
    }

    /**
     * A credential passed every check and was stored.
     *
     * @param credentialConfigurationId its configuration
     * @param vct                       its {@code vct}
     * @param issuer                    its {@code iss}
     * @param trustAnchor               the subject of the trust anchor its chain leads to
     * @param holderKeyThumbprint       the RFC 7638 thumbprint of the key in its {@code cnf}, if bound
     */
    record CredentialVerified(String credentialConfigurationId, String vct, String issuer, String trustAnchor,
                              Optional<String> holderKeyThumbprint) implements WalletStep {
    }

    /**
     * A Notification Request was answered with success (§11).
     *
     * @param notificationId the issuer's {@code notification_id}
     * @param event          the event sent, e.g. {@code credential_accepted}
     */
    record NotificationSent(String notificationId, String event) implements WalletStep {
        /** Checks that nothing is null. */
        public NotificationSent {
            Objects.requireNonNull(notificationId, "notificationId");
            Objects.requireNonNull(event, "event");
        }
    }

    /**
     * An OpenID4VP Authorization Request was resolved and checked (OID4VP 1.0 §5).
     *
     * @param clientId          the Verifier's {@code client_id}, with its prefix
     * @param responseUri       where the response goes
     * @param responseMode      {@code direct_post} or {@code direct_post.jwt}
     * @param byReference       whether the Request Object was fetched from a {@code request_uri}
     * @param requestUriMethod  {@code get} or {@code post}, when fetched
     * @param signed            whether the Request Object was signed
     * @param verifierCertificate the subject of the {@code x5c} leaf, when signed
     * @param trustAnchor       the subject of the verifier trust anchor its chain leads to, when anchors are configured
     */
    record AuthorizationRequestResolved(String clientId, String responseUri, String responseMode, boolean byReference,
                                        Optional<String> requestUriMethod, boolean signed, Optional<String> verifierCertificate,
                                        Optional<String> trustAnchor) implements WalletStep {
    }

    /**
     * What the Verifier asks for (DCQL, OID4VP 1.0 §6).
     *
     * @param credentialQueries Credential Query id → its format, {@code vct} values and claim paths, for a person
     */
    record PresentationRequested(Map<String, String> credentialQueries) implements WalletStep {
        /** Copies the map, keeping its order. */
        public PresentationRequested {
            credentialQueries = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(credentialQueries));
        }
    }

    /**
     * A held credential was chosen for a Credential Query and presented with only these claims.
     *
     * @param credentialQueryId the Credential Query's id
     * @param vct               the credential's {@code vct}
     * @param issuer            the credential's {@code iss}
     * @param disclosedClaims   the claim paths disclosed, e.g. {@code ["given_name"]}
     * @param disclosures       how many Disclosures the presentation carries
     * @param keyBound          whether a Key Binding JWT is attached
     */
    record CredentialPresented(String credentialQueryId, String vct, String issuer, List<String> disclosedClaims,
                               int disclosures, boolean keyBound) implements WalletStep {
        /** Copies the list. */
        public CredentialPresented {
            disclosedClaims = List.copyOf(disclosedClaims);
        }
    }

    /**
     * The wallet deliberately breaks a rule in this response, as a test asked.
     *
     * @param misbehaviours what it does wrong
     */
    record Misbehaving(List<String> misbehaviours) implements WalletStep {
        /** Copies the list. */
        public Misbehaving {
            misbehaviours = List.copyOf(misbehaviours);
        }
    }

    /**
     * The Authorization Response (or an error response) was sent and accepted (OID4VP 1.0 §8.2).
     *
     * @param responseUri  where it went
     * @param responseMode {@code direct_post} or {@code direct_post.jwt}
     * @param encrypted    whether it was sent as a JWE
     * @param error        the error sent instead of a VP Token, e.g. {@code access_denied}
     * @param redirectUri  the {@code redirect_uri} the Verifier answered with, if any
     */
    record ResponseSent(String responseUri, String responseMode, boolean encrypted, Optional<String> error,
                        Optional<String> redirectUri) implements WalletStep {
    }
}
