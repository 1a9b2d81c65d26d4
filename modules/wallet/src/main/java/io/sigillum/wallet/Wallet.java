package io.sigillum.wallet;

import io.sigillum.wallet.http.Http;
import io.sigillum.wallet.issuance.ReceiveCredentials;
import io.sigillum.wallet.offer.ResolveOffer;
import io.sigillum.wallet.presentation.PresentationOptions;
import io.sigillum.wallet.presentation.PresentationResult;
import io.sigillum.wallet.store.CredentialStore;
import io.sigillum.wallet.store.StoredCredential;
import io.sigillum.wallet.verify.VerifyCredential;
import io.sigillum.wallet.vp.request.ResolveAuthorizationRequest;
import io.sigillum.wallet.vp.response.PresentCredentials;

import java.net.http.HttpClient;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Duration;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * A test wallet written from the specifications: it receives credentials offered with the
 * Pre-Authorized Code Flow of OpenID for Verifiable Credential Issuance 1.0, with DPoP-bound tokens
 * (RFC 9449) and {@code jwt} key proofs, verifies each {@code dc+sd-jwt} credential against its
 * trust anchors and keeps it in its {@link #store()}. It presents them with OpenID for Verifiable
 * Presentations 1.0 ({@link #present(String)}): signed Request Objects by reference ({@code x509_hash}
 * and {@code x509_san_dns} verifiers), DCQL, SD-JWT VC presentations with only the requested
 * Disclosures and a Key Binding JWT, {@code direct_post} and encrypted {@code direct_post.jwt}.
 *
 * <pre>{@code
 * Wallet wallet = Wallet.builder().httpClient(client).trustAnchors(List.of(root)).batchSize(2)
 *         .verifierTrustAnchors(List.of(verifierRoot))
 *         .listener(step -> System.out.println(step)).build();
 * List<StoredCredential> received = wallet.receive("openid-credential-offer://?credential_offer_uri=…", "493536");
 * PresentationResult sent = wallet.present("openid4vp://?client_id=x509_hash%3A…&request_uri=…&request_uri_method=post");
 * sent.redirectUri();   // where the Verifier wants the End-User next, if anywhere
 * }</pre>
 *
 * <p>Each {@link #receive} uses a fresh DPoP key and fresh holder keys. Thread-safe: issuances and
 * presentations share nothing but the store (and the last response, kept for replay).
 */
public final class Wallet {

    private final Http http;
    private final CredentialStore store = new CredentialStore();
    private final ReceiveCredentials receive;
    private final Consumer<WalletStep> listener;
    private final PresentCredentials present;

    private Wallet(Builder builder) {
        this.http = new Http(builder.httpClient);
        this.listener = builder.listener;
        VerifyCredential verify = new VerifyCredential(builder.trustAnchors, builder.clock);
        this.receive = new ReceiveCredentials(http, verify, store,
                new ReceiveCredentials.Settings(builder.batchSize, builder.clock, builder.deferredDeadline, builder.listener));
        ResolveAuthorizationRequest resolveRequest = new ResolveAuthorizationRequest(http, builder.verifierTrustAnchors,
                builder.developmentVerifiers, builder.clock);
        this.present = new PresentCredentials(http, resolveRequest, store, builder.clock, builder.listener);
    }

    /** @return a builder: batch size 1, the system UTC clock, 60 s for deferred issuance, no listener */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Resolves an offer without acting on it, e.g. to ask for a Transaction Code only when needed.
     *
     * @param offer {@code openid-credential-offer://?credential_offer=…} or {@code …?credential_offer_uri=…},
     *              or the same query on an {@code https} link
     * @return the offer
     * @throws WalletException at {@link WalletException.Step#OFFER}
     */
    public CredentialOffer resolve(String offer) {
        CredentialOffer resolved = new ResolveOffer(http).resolve(offer);
        listener.accept(new WalletStep.OfferResolved(resolved.credentialIssuer(), resolved.credentialConfigurationIds(),
                resolved.transactionCodeRequired(), resolved.reference().isPresent()));
        return resolved;
    }

    /**
     * Resolves the offer and receives every credential it offers.
     *
     * @param offer  the offer link, as for {@link #resolve(String)}
     * @param txCode the Transaction Code, or {@code null} when the offer asks for none
     * @return the credentials received, verified and stored
     * @throws WalletException naming the step that failed and, when the issuer refused, its status and error
     */
    public List<StoredCredential> receive(String offer, String txCode) {
        return receive(resolve(offer), txCode);
    }

    /**
     * Receives every credential a resolved offer offers.
     *
     * @param offer  the resolved offer
     * @param txCode the Transaction Code, or {@code null} when the offer asks for none
     * @return the credentials received, verified and stored
     * @throws WalletException naming the step that failed and, when the issuer refused, its status and error
     */
    public List<StoredCredential> receive(CredentialOffer offer, String txCode) {
        return receive.receive(Objects.requireNonNull(offer, "offer"), txCode);
    }

    /**
     * Answers an OpenID4VP 1.0 Authorization Request with the held credentials it asks for.
     *
     * <p>The request is resolved and checked: {@code client_id} with a {@code request_uri} (GET, or
     * POST of {@code wallet_metadata} and a {@code wallet_nonce} that must come back, §5.10), or a
     * Request Object by value; {@code typ oauth-authz-req+jwt}; the signature with the {@code x5c}
     * leaf; the chain up to a {@linkplain Builder#verifierTrustAnchors verifier trust anchor} when
     * some are configured; the Client Identifier Prefix ({@code x509_hash}: the leaf's SHA-256;
     * {@code x509_san_dns}: a dNSName SAN of the leaf, also the {@code response_uri}'s host;
     * {@code redirect_uri}: unsigned, only for {@linkplain Builder#acceptDevelopmentVerifiers
     * development}); the inner {@code client_id} equal to the outer; {@code response_type vp_token};
     * {@code direct_post} or {@code direct_post.jwt}; a {@code nonce}; {@code exp}. The DCQL query
     * is matched against the store; when nothing satisfies it, {@code access_denied} is sent.
     *
     * @param authorizationRequest {@code openid4vp://?…}, {@code haip-vp://?…} or an {@code https} link with the same query
     * @return what was sent, and the Verifier's {@code redirect_uri}
     * @throws WalletException at {@link WalletException.Step#AUTHORIZATION_REQUEST} (with the
     *                         {@link WalletException.RequestCheck}), {@link WalletException.Step#PRESENTATION},
     *                         or {@link WalletException.Step#RESPONSE} with the Verifier's status and {@code error}
     */
    public PresentationResult present(String authorizationRequest) {
        return present(authorizationRequest, PresentationOptions.defaults());
    }

    /**
     * Answers an Authorization Request, breaking rules on purpose when the options say so (for tests
     * of a Verifier).
     *
     * @param authorizationRequest the Authorization Request link
     * @param options              how to answer; {@link PresentationOptions#defaults()} is correct
     * @return what was sent, and the Verifier's {@code redirect_uri}
     * @throws WalletException as for {@link #present(String)}
     */
    public PresentationResult present(String authorizationRequest, PresentationOptions options) {
        return present.present(Objects.requireNonNull(authorizationRequest, "authorizationRequest"), options);
    }

    /**
     * Posts the last response this wallet sent again, unchanged, to the same {@code response_uri}:
     * a replay a Verifier must refuse.
     *
     * @return the Verifier's answer
     * @throws WalletException at {@link WalletException.Step#RESPONSE}, e.g. with the Verifier's refusal
     */
    public PresentationResult replayLastResponse() {
        return present.replayLast();
    }

    /** @return every credential this wallet has received */
    public CredentialStore store() {
        return store;
    }

    /** Configures a {@link Wallet}. */
    public static final class Builder {
        private HttpClient httpClient;
        private List<X509Certificate> trustAnchors;
        private int batchSize = 1;
        private Clock clock = Clock.systemUTC();
        private Duration deferredDeadline = Duration.ofSeconds(60);
        private Consumer<WalletStep> listener = step -> { };
        private List<X509Certificate> verifierTrustAnchors = List.of();
        private boolean developmentVerifiers;

        private Builder() {
        }

        /**
         * @param anchors the certificates a verifier's Request Object {@code x5c} chain must lead to.
         *                Without them (the default), no chain is checked: the verifier is known only by
         *                the binding of its {@code client_id} to the signing certificate (hash or DNS name),
         *                which suits tests against development verifiers but not production
         * @return this builder
         */
        public Builder verifierTrustAnchors(Collection<X509Certificate> anchors) {
            this.verifierTrustAnchors = List.copyOf(anchors);
            return this;
        }

        /**
         * @param accept whether unsigned requests from {@code redirect_uri:} verifiers are answered
         *               (OID4VP 1.0 §5.9.3); off by default, since nothing authenticates such a verifier
         * @return this builder
         */
        public Builder acceptDevelopmentVerifiers(boolean accept) {
            this.developmentVerifiers = accept;
            return this;
        }

        /**
         * @param httpClient the client, e.g. one whose SSL context trusts a development CA
         * @return this builder
         */
        public Builder httpClient(HttpClient httpClient) {
            this.httpClient = Objects.requireNonNull(httpClient, "httpClient");
            return this;
        }

        /**
         * @param trustAnchors the certificates issuer {@code x5c} chains must lead to; at least one
         * @return this builder
         */
        public Builder trustAnchors(Collection<X509Certificate> trustAnchors) {
            this.trustAnchors = List.copyOf(trustAnchors);
            return this;
        }

        /**
         * @param batchSize how many credentials to ask for per configuration, each bound to its own
         *                  key; capped by the issuer's {@code batch_credential_issuance.batch_size}
         *                  (1 when it has none)
         * @return this builder
         */
        public Builder batchSize(int batchSize) {
            if (batchSize < 1) {
                throw new IllegalArgumentException("the batch size is at least 1");
            }
            this.batchSize = batchSize;
            return this;
        }

        /**
         * @param clock the clock of proofs' {@code iat} and of credential and certificate validity
         * @return this builder
         */
        public Builder clock(Clock clock) {
            this.clock = Objects.requireNonNull(clock, "clock");
            return this;
        }

        /**
         * @param deadline how long to keep polling for a deferred credential, in elapsed time
         * @return this builder
         */
        public Builder deferredDeadline(Duration deadline) {
            if (deadline.isNegative()) {
                throw new IllegalArgumentException("the deferred deadline is not negative");
            }
            this.deferredDeadline = deadline;
            return this;
        }

        /**
         * @param listener told of each step, e.g. to print it
         * @return this builder
         */
        public Builder listener(Consumer<WalletStep> listener) {
            this.listener = Objects.requireNonNull(listener, "listener");
            return this;
        }

        /**
         * @return the wallet; the default HTTP client is {@link HttpClient#newHttpClient()}
         * @throws IllegalStateException without trust anchors
         */
        public Wallet build() {
            if (trustAnchors == null || trustAnchors.isEmpty()) {
                throw new IllegalStateException("a wallet needs at least one trust anchor for issuer certificates");
            }
            if (httpClient == null) {
                httpClient = HttpClient.newHttpClient();
            }
            return new Wallet(this);
        }
    }
}
