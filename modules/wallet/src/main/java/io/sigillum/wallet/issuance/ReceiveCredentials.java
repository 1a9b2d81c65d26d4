package io.sigillum.wallet.issuance;

import io.sigillum.sdjwt.SdJwt;
import io.sigillum.sdjwt.SdJwtException;
import io.sigillum.wallet.CredentialOffer;
import io.sigillum.wallet.WalletException;
import io.sigillum.wallet.WalletException.Step;
import io.sigillum.wallet.WalletStep;
import io.sigillum.wallet.dpop.DpopKey;
import io.sigillum.wallet.dpop.DpopSession;
import io.sigillum.wallet.http.Http;
import io.sigillum.wallet.metadata.AuthorizationServerMetadata;
import io.sigillum.wallet.metadata.CredentialConfiguration;
import io.sigillum.wallet.metadata.IssuerMetadata;
import io.sigillum.wallet.metadata.ReadMetadata;
import io.sigillum.wallet.proof.HolderKey;
import io.sigillum.wallet.proof.KeyProof;
import io.sigillum.wallet.store.CredentialStore;
import io.sigillum.wallet.store.StoredCredential;
import io.sigillum.wallet.verify.VerifiedCredential;
import io.sigillum.wallet.verify.VerifyCredential;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * One issuance, from a resolved offer to stored credentials: metadata (§12.2, RFC 8414), a DPoP-bound
 * token (§6), then for each offered configuration a Credential Request with fresh keys (§8),
 * deferred polling if needed (§9), verification, storage, and the notification (§11).
 */
public final class ReceiveCredentials {

    /** The settings of a wallet that an issuance uses. */
    public record Settings(int batchSize, Clock clock, Duration deferredDeadline, Consumer<WalletStep> listener) {
        /** Checks that nothing is null. */
        public Settings {
            Objects.requireNonNull(clock, "clock");
            Objects.requireNonNull(deferredDeadline, "deferredDeadline");
            Objects.requireNonNull(listener, "listener");
        }
    }

    private final Http http;
    private final VerifyCredential verify;
    private final CredentialStore store;
    private final Settings settings;
    private final ReadMetadata metadata;
    private final RequestCredential request;
    private final PollDeferred deferred;

    /**
     * @param http     the HTTP client
     * @param verify   the credential checks
     * @param store    where verified credentials go
     * @param settings the wallet's settings
     */
    public ReceiveCredentials(Http http, VerifyCredential verify, CredentialStore store, Settings settings) {
        this.http = Objects.requireNonNull(http, "http");
        this.verify = Objects.requireNonNull(verify, "verify");
        this.store = Objects.requireNonNull(store, "store");
        this.settings = Objects.requireNonNull(settings, "settings");
        this.metadata = new ReadMetadata(http);
        this.request = new RequestCredential(http, settings.clock(), settings.listener());
        this.deferred = new PollDeferred(settings.deferredDeadline(), settings.listener());
    }

    /**
     * @param offer  the resolved offer
     * @param txCode the Transaction Code, or {@code null}
     * @return the credentials received and stored, in the offer's order of configurations
     */
    public List<StoredCredential> receive(CredentialOffer offer, String txCode) {
        IssuerMetadata issuer = metadata.issuer(offer.credentialIssuer());
        for (String id : offer.credentialConfigurationIds()) {
            if (!issuer.configurations().containsKey(id)) {
                throw new WalletException(Step.METADATA, "the offered configuration " + id
                        + " is not in the issuer's credential_configurations_supported (§4.1.1)");
            }
        }
        AuthorizationServerMetadata server = metadata.authorizationServer(issuer, offer);
        settings.listener().accept(new WalletStep.MetadataRead(issuer.credentialIssuer(), server.issuer(),
                server.tokenEndpoint().toString(), issuer.credentialEndpoint().toString(), issuer.batchSize()));
        DpopSession session = new DpopSession(http, DpopKey.generate(), settings.clock(), settings.listener());
        AccessToken token = ObtainAccessToken.obtain(server, offer, txCode, session);
        settings.listener().accept(new WalletStep.TokenObtained(token.type(), token.expiresIn()));
        List<StoredCredential> received = new ArrayList<>();
        for (String id : offer.credentialConfigurationIds()) {
            received.addAll(receiveOne(issuer, issuer.configurations().get(id), token, session));
        }
        return received;
    }

    private List<StoredCredential> receiveOne(IssuerMetadata issuer, CredentialConfiguration configuration,
                                              AccessToken token, DpopSession session) {
        List<HolderKey> keys = holderKeys(issuer, configuration);
        CredentialResponse response = request.request(issuer, configuration, keys, token, session);
        CredentialResponse.Issued issued = response instanceof CredentialResponse.Deferred later
                ? deferred.poll(issuer.deferredEndpoint(), configuration.id(), later, token, session)
                : (CredentialResponse.Issued) response;
        List<StoredCredential> verified;
        try {
            verified = verifyAll(issuer, configuration, keys, issued);
        } catch (WalletException refused) {
            notifyFailure(issuer, issued.notificationId(), refused, token, session);
            throw refused;
        }
        store.addAll(verified);
        if (issued.notificationId().isPresent() && issuer.notificationEndpoint().isPresent()) {
            SendNotification.send(issuer.notificationEndpoint().get(), issued.notificationId().get(),
                    Oid4vciSpec.CREDENTIAL_ACCEPTED, Optional.empty(), token, session);
            settings.listener().accept(new WalletStep.NotificationSent(issued.notificationId().get(), Oid4vciSpec.CREDENTIAL_ACCEPTED));
        }
        return verified;
    }

    private List<StoredCredential> verifyAll(IssuerMetadata issuer, CredentialConfiguration configuration,
                                             List<HolderKey> keys, CredentialResponse.Issued issued) {
        if (!keys.isEmpty() && issued.credentials().size() > keys.size()) {
            throw new WalletException(Step.CREDENTIAL, "the issuer sent " + issued.credentials().size()
                    + " credentials for " + keys.size() + " keys; each key binds at most one (§8.3)");
        }
        Map<String, HolderKey> unused = new LinkedHashMap<>();
        keys.forEach(key -> unused.put(key.thumbprint(), key));
        List<StoredCredential> verified = new ArrayList<>();
        for (String credential : issued.credentials()) {
            settings.listener().accept(new WalletStep.CredentialReceived(configuration.id(), configuration.format(),
                    configuration.vct().orElse("(none)"), disclosureCount(credential)));
            VerifiedCredential checked = verify.verify(credential, configuration, issuer.credentialIssuer(), unused,
                    issued.notificationId());
            settings.listener().accept(new WalletStep.CredentialVerified(configuration.id(), checked.credential().vct(),
                    checked.credential().issuer(), checked.trustAnchor(), checked.holderKeyThumbprint()));
            verified.add(checked.credential());
        }
        return verified;
    }

    /** One fresh key per credential, as many as the wallet's batch size and the issuer's allow (§12.2.4). */
    private List<HolderKey> holderKeys(IssuerMetadata issuer, CredentialConfiguration configuration) {
        if (!configuration.proofsRequired()) {
            return List.of();
        }
        if (!configuration.proofTypes().contains(Oid4vciSpec.PROOF_TYPE_JWT)) {
            throw new WalletException(Step.CREDENTIAL, "configuration " + configuration.id() + " takes proofs of types "
                    + configuration.proofTypes() + "; this wallet makes only jwt proofs (Appendix F.1)");
        }
        if (!configuration.jwtProofAlgorithms().isEmpty() && !configuration.jwtProofAlgorithms().contains(KeyProof.ALGORITHM)) {
            throw new WalletException(Step.CREDENTIAL, "configuration " + configuration.id() + " accepts jwt proofs signed with "
                    + configuration.jwtProofAlgorithms() + "; this wallet signs only " + KeyProof.ALGORITHM);
        }
        if (!configuration.bindingMethods().isEmpty() && !configuration.bindingMethods().contains("jwk")) {
            throw new WalletException(Step.CREDENTIAL, "configuration " + configuration.id() + " binds keys as "
                    + configuration.bindingMethods() + "; this wallet binds only jwk keys (§12.2.4)");
        }
        int count = Math.min(settings.batchSize(), issuer.batchSize().orElse(1));
        List<HolderKey> keys = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            keys.add(HolderKey.generate());
        }
        return keys;
    }

    /** §11.1: a refused credential fails the whole response; the issuer hears of it if it asked to. */
    private void notifyFailure(IssuerMetadata issuer, Optional<String> notificationId, WalletException refused,
                               AccessToken token, DpopSession session) {
        if (notificationId.isEmpty() || issuer.notificationEndpoint().isEmpty()) {
            return;
        }
        try {
            SendNotification.send(issuer.notificationEndpoint().get(), notificationId.get(), Oid4vciSpec.CREDENTIAL_FAILURE,
                    Optional.ofNullable(refused.getMessage()), token, session);
            settings.listener().accept(new WalletStep.NotificationSent(notificationId.get(), Oid4vciSpec.CREDENTIAL_FAILURE));
        } catch (WalletException notSent) {
            refused.addSuppressed(notSent);
        }
    }

    private static int disclosureCount(String credential) {
        try {
            return SdJwt.parse(credential).disclosures().size();
        } catch (SdJwtException | RuntimeException e) {
            return 0;
        }
    }
}
