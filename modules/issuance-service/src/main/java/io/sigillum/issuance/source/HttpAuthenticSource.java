package io.sigillum.issuance.source;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.sigillum.issuance.configuration.CredentialConfiguration;
import io.sigillum.issuance.outbound.OutboundHttp;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.faulttolerance.Bulkhead;
import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.faulttolerance.Timeout;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.Optional;

/**
 * An authentic source reached over HTTP ({@code sigillum.issuance.authentic-source.url}):
 * {@code GET <url>/subjects/<subject>?credential_configuration_id=<id>} answers 200 with the
 * attributes as a JSON object, 202 when they are not ready yet, 404 for an unknown person. A
 * bearer token is sent when {@code sigillum.issuance.authentic-source.token-file} names one.
 * Each call is bounded (bulkhead, 3 s timeout); failures are retried twice and open a circuit
 * that fails fast for 10 s, so a sick register does not hold the issuer's threads.
 */
@ApplicationScoped
public class HttpAuthenticSource implements AuthenticSource {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int MAX_BODY = People.MAX_ATTRIBUTES_LENGTH;

    private final Optional<URI> base;
    private final OutboundHttp http;
    private final Optional<String> tokenFile;

    @Inject
    HttpAuthenticSource(@ConfigProperty(name = "sigillum.issuance.authentic-source.url") Optional<URI> base,
                        @ConfigProperty(name = "sigillum.issuance.authentic-source.token-file") Optional<String> tokenFile,
                        OutboundHttp http) {
        this.base = base;
        this.tokenFile = tokenFile;
        this.http = http;
    }

    @Override
    @Bulkhead(16)
    @Timeout(value = 3, unit = ChronoUnit.SECONDS)
    @Retry(maxRetries = 2, delay = 100, retryOn = AuthenticSourceUnavailable.class)
    @CircuitBreaker(requestVolumeThreshold = 8, failureRatio = 0.5, delay = 10, delayUnit = ChronoUnit.SECONDS,
            failOn = AuthenticSourceUnavailable.class)
    public SourceAnswer attributes(String subject, CredentialConfiguration configuration) {
        URI url = base.orElseThrow(() -> new IllegalStateException(
                "sigillum.issuance.authentic-source=http needs sigillum.issuance.authentic-source.url"));
        URI request = URI.create(url.toString().replaceAll("/+$", "") + "/subjects/"
                + URLEncoder.encode(subject, StandardCharsets.UTF_8).replace("+", "%20")
                + "?credential_configuration_id=" + URLEncoder.encode(configuration.id(), StandardCharsets.UTF_8));
        HttpRequest.Builder builder = HttpRequest.newBuilder(request).timeout(Duration.ofSeconds(3))
                .header("Accept", "application/json").GET();
        tokenFile.map(OutboundHttp::readToken).ifPresent(token -> builder.header("Authorization", "Bearer " + token));
        HttpResponse<byte[]> response;
        try {
            response = http.client().send(builder.build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new AuthenticSourceUnavailable("the authentic source cannot be reached", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AuthenticSourceUnavailable("interrupted while asking the authentic source", e);
        }
        return switch (response.statusCode()) {
            case 200 -> new SourceAnswer.Ready(parse(response.body()));
            case 202 -> new SourceAnswer.NotYet();
            case 404 -> new SourceAnswer.Unknown();
            default -> throw new AuthenticSourceUnavailable("the authentic source answered " + response.statusCode(), null);
        };
    }

    private static Map<String, Object> parse(byte[] body) {
        if (body.length > MAX_BODY) {
            throw new AuthenticSourceUnavailable("the authentic source's answer exceeds " + MAX_BODY + " bytes", null);
        }
        try {
            return JSON.readValue(body, new TypeReference<Map<String, Object>>() { });
        } catch (IOException e) {
            throw new AuthenticSourceUnavailable("the authentic source's answer is not a JSON object", e);
        }
    }
}
