package io.sigillum.issuance.metadata;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.sigillum.issuance.outbound.OutboundHttp;
import io.sigillum.platform.problem.Problem;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;

/**
 * The public keys credentials are signed with, for JWT VC Issuer Metadata: the published
 * {@code credential-signing} keys of this issuer's scope at the key-management service, each
 * with its {@code x5c}. Kept for five minutes; served from that copy while the KMS is down.
 */
@ApplicationScoped
public class IssuerKeys {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration FRESH = Duration.ofMinutes(5);

    private final Optional<URI> jwksUri;
    private final OutboundHttp http;
    private volatile Cached cached;

    private record Cached(Map<String, Object> jwks, Instant fetched) {
    }

    @Inject
    IssuerKeys(@ConfigProperty(name = "sigillum.kms.url") Optional<URI> kms,
               @ConfigProperty(name = "sigillum.issuance.signing-scope", defaultValue = "default") String scope,
               OutboundHttp http) {
        this.jwksUri = kms.map(u -> URI.create(u.toString().replaceAll("/+$", "") + "/jwks/credential-signing?scope=" + scope));
        this.http = http;
    }

    /** The JWK Set. */
    public Map<String, Object> jwks() {
        Cached now = cached;
        if (now != null && now.fetched().plus(FRESH).isAfter(Instant.now())) {
            return now.jwks();
        }
        try {
            Map<String, Object> fetched = fetch();
            cached = new Cached(fetched, Instant.now());
            return fetched;
        } catch (IOException | RuntimeException e) {
            if (now != null) {
                return now.jwks();
            }
            throw Problem.of(Response.Status.SERVICE_UNAVAILABLE, "The issuer's keys cannot be read now.")
                    .asException();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw Problem.of(Response.Status.SERVICE_UNAVAILABLE, "The issuer's keys cannot be read now.").asException();
        }
    }

    private Map<String, Object> fetch() throws IOException, InterruptedException {
        URI uri = jwksUri.orElseThrow(() -> new IllegalStateException("sigillum.kms.url is not set"));
        HttpResponse<byte[]> response = http.client().send(HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(2))
                .header("Accept", "application/jwk-set+json, application/json").GET().build(),
                HttpResponse.BodyHandlers.ofByteArray());
        if (response.statusCode() != 200) {
            throw new IOException("the key-management service answered " + response.statusCode());
        }
        return JSON.readValue(response.body(), new TypeReference<Map<String, Object>>() { });
    }
}
