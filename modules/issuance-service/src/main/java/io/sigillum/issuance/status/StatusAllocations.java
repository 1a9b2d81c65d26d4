package io.sigillum.issuance.status;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
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
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.temporal.ChronoUnit;

/**
 * Allocates status entries at the status service ({@code POST /allocations}, role
 * {@code status-issuer}), with this service's token ({@code sigillum.issuance.service-token-file}).
 * Retrying is safe: an entry allocated but never used stays VALID and unreferenced.
 */
@ApplicationScoped
public class StatusAllocations {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final URI allocations;
    private final String tokenFile;
    private final OutboundHttp http;

    @Inject
    StatusAllocations(@ConfigProperty(name = "sigillum.issuance.status.url") URI statusService,
                      @ConfigProperty(name = "sigillum.issuance.service-token-file") String tokenFile,
                      OutboundHttp http) {
        this.allocations = URI.create(statusService.toString().replaceAll("/+$", "") + "/allocations");
        this.tokenFile = tokenFile;
        this.http = http;
    }

    /**
     * @param listType the list type ({@code revocation} or {@code revocation-suspension})
     * @return a fresh entry, VALID
     * @throws StatusServiceUnavailable when the status service cannot allocate now
     */
    @Bulkhead(32)
    @Timeout(value = 3, unit = ChronoUnit.SECONDS)
    @Retry(maxRetries = 2, delay = 50, retryOn = StatusServiceUnavailable.class)
    @CircuitBreaker(requestVolumeThreshold = 10, failureRatio = 0.5, delay = 5, delayUnit = ChronoUnit.SECONDS,
            failOn = StatusServiceUnavailable.class)
    public StatusEntry allocate(String listType) {
        String token;
        try {
            token = OutboundHttp.readToken(tokenFile);
        } catch (java.io.UncheckedIOException e) {
            throw new StatusServiceUnavailable("this service's token for the status service cannot be read", e);
        }
        HttpRequest request = HttpRequest.newBuilder(allocations).timeout(Duration.ofSeconds(3))
                .header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/json").header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"listType\":\"" + listType + "\"}")).build();
        HttpResponse<byte[]> response;
        try {
            response = http.client().send(request, HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new StatusServiceUnavailable("the status service cannot be reached", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new StatusServiceUnavailable("interrupted while allocating a status entry", e);
        }
        if (response.statusCode() != 201) {
            throw new StatusServiceUnavailable("the status service answered " + response.statusCode()
                    + " to an allocation", null);
        }
        try {
            JsonNode entry = JSON.readTree(response.body());
            return new StatusEntry(entry.get("listId").asText(), URI.create(entry.get("uri").asText()),
                    entry.get("idx").asInt());
        } catch (IOException | RuntimeException e) {
            throw new StatusServiceUnavailable("the status service's allocation is malformed", e);
        }
    }
}
