package io.sigillum.kmsclient;

import io.sigillum.api.keymanagement.model.SigningKey;

import java.net.URI;
import java.net.http.HttpClient;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * A caller's view of the key-management service: the active key of each purpose and scope it is
 * granted, as a {@link RemoteSigner}. The active key is asked for once per {@code activeKeyTtl}
 * (and again at once after the service says a key is no longer active), so a rotation reaches the
 * caller within that time, and signing costs one call.
 *
 * <p>Thread-safe; make one per service and keep it.
 */
public final class KmsClient {

    private record Slot(String purpose, String scope) {
    }

    private record Active(RemoteSigner signer, Instant fetchedAt) {
    }

    private final KmsCalls calls;
    private final Duration activeKeyTtl;
    private final Map<Slot, Active> active = new ConcurrentHashMap<>();

    private KmsClient(KmsCalls calls, Duration activeKeyTtl) {
        this.calls = calls;
        this.activeKeyTtl = activeKeyTtl;
    }

    /**
     * @param baseUri the service's base URI, e.g. {@code https://key-management:8085}
     * @return a builder
     */
    public static Builder builder(URI baseUri) {
        return new Builder(baseUri);
    }

    /**
     * @param purpose e.g. {@code status-list-signing}
     * @param scope   the scope within the purpose, e.g. {@code default}
     * @return a signer of the purpose's active key; name its {@link RemoteSigner#keyId()} (and
     *         {@link RemoteSigner#certificateChain()}) in the header, then sign with it
     * @throws KmsException when the service refuses (not granted, no active key) or cannot be reached
     */
    public RemoteSigner signer(String purpose, String scope) {
        Slot slot = new Slot(Objects.requireNonNull(purpose, "purpose"), Objects.requireNonNull(scope, "scope"));
        Active current = active.get(slot);
        if (!fresh(current)) {
            SigningKey key = calls.signingKey(purpose, scope);
            current = new Active(new RemoteSigner(calls, key, () -> active.remove(slot)), Instant.now());
            active.put(slot, current);
        }
        return current.signer();
    }

    /**
     * The signer of the purpose's active key if it is known and fresh, without any call: for
     * callers that only need the key's identity and guard the remote call with more than this
     * client does (fault tolerance costs more than a map lookup).
     *
     * @param purpose e.g. {@code request-object-signing}
     * @param scope   the scope within the purpose
     * @return the signer, or empty when {@link #signer(String, String)} would call the service
     */
    public Optional<RemoteSigner> knownSigner(String purpose, String scope) {
        Active current = active.get(new Slot(Objects.requireNonNull(purpose, "purpose"), Objects.requireNonNull(scope, "scope")));
        return fresh(current) ? Optional.of(current.signer()) : Optional.empty();
    }

    private boolean fresh(Active current) {
        return current != null && !current.fetchedAt().plus(activeKeyTtl).isBefore(Instant.now());
    }

    /** Builds a {@link KmsClient}. */
    public static final class Builder {
        private final URI baseUri;
        private Supplier<String> tokens;
        private HttpClient httpClient;
        private Duration timeout = Duration.ofSeconds(2);
        private Duration activeKeyTtl = Duration.ofSeconds(30);

        private Builder(URI baseUri) {
            this.baseUri = Objects.requireNonNull(baseUri, "baseUri");
        }

        /** Where each call's bearer token comes from (a token with {@code kms-signer}, whose {@code sub} is granted). */
        public Builder tokens(Supplier<String> tokens) {
            this.tokens = Objects.requireNonNull(tokens, "tokens");
            return this;
        }

        /** The HTTP client, e.g. one with the deployment's trust store; default: HTTP/1.1 with the JDK's trust. */
        public Builder httpClient(HttpClient httpClient) {
            this.httpClient = Objects.requireNonNull(httpClient, "httpClient");
            return this;
        }

        /** How long one call may take; default 2 s. */
        public Builder timeout(Duration timeout) {
            this.timeout = Objects.requireNonNull(timeout, "timeout");
            return this;
        }

        /** How long the active key is trusted to stay active; default 30 s. */
        public Builder activeKeyTtl(Duration activeKeyTtl) {
            this.activeKeyTtl = Objects.requireNonNull(activeKeyTtl, "activeKeyTtl");
            return this;
        }

        /** @return the client */
        public KmsClient build() {
            Objects.requireNonNull(tokens, "tokens");
            HttpClient client = httpClient != null ? httpClient
                    : HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(timeout).build();
            return new KmsClient(new KmsCalls(baseUri, client, tokens, timeout), activeKeyTtl);
        }
    }
}
