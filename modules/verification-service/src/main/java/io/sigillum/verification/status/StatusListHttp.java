package io.sigillum.verification.status;

import io.sigillum.verification.outbound.OutboundHttp;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.faulttolerance.Bulkhead;
import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.faulttolerance.Timeout;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.Locale;

/**
 * Fetches a status list token (Token Status List §8) over HTTP with the service's client (which
 * trusts the deployment's CA), asking for the JWT or CWT form, reading at most
 * {@code sigillum.verification.status.max-bytes} (1 MiB by default). Only {@code https} URIs,
 * unless {@code sigillum.verification.status.allow-http} (development and tests). Its own
 * bulkhead, timeout, circuit breaker and retry keep a slow status host from taking the threads
 * the trust registry's calls use; what a failed fetch means for a presentation is the status
 * cache's decision (stale copy, or the unknown-status policy).
 */
@ApplicationScoped
public class StatusListHttp {

    /** Token Status List §8.1: the media types of the two token forms. */
    static final String ACCEPT = "application/statuslist+jwt, application/statuslist+cwt";

    private final OutboundHttp http;
    private final int maxBytes;
    private final boolean allowHttp;

    @Inject
    StatusListHttp(OutboundHttp http,
                   @ConfigProperty(name = "sigillum.verification.status.max-bytes", defaultValue = "1048576") int maxBytes,
                   @ConfigProperty(name = "sigillum.verification.status.allow-http", defaultValue = "false") boolean allowHttp) {
        this.http = http;
        this.maxBytes = maxBytes;
        this.allowHttp = allowHttp;
    }

    /**
     * @param uri the credential's status list URI ({@code status.status_list.uri})
     * @return the body and its media type
     * @throws StatusListUnavailable when it cannot be had
     */
    @Bulkhead(16)
    @Timeout(value = 5, unit = ChronoUnit.SECONDS)
    @CircuitBreaker(requestVolumeThreshold = 8, failureRatio = 0.5, delay = 15, delayUnit = ChronoUnit.SECONDS)
    @Retry(maxRetries = 1, delay = 100, abortOn = StatusListUnavailable.class)
    public Fetched fetch(URI uri) {
        String scheme = String.valueOf(uri.getScheme()).toLowerCase(Locale.ROOT);
        if (!("https".equals(scheme) || (allowHttp && "http".equals(scheme))) || uri.getHost() == null) {
            throw new StatusListUnavailable("status list URI refused (https only): " + uri);
        }
        HttpRequest request = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(4)).header("Accept", ACCEPT).GET().build();
        HttpResponse<InputStream> response;
        try {
            response = http.client().send(request, HttpResponse.BodyHandlers.ofInputStream());
        } catch (IOException e) {
            throw new IllegalStateException("status list host unreachable: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
        try (InputStream in = response.body()) {
            if (response.statusCode() >= 500) {
                throw new IllegalStateException("the status list host answered " + response.statusCode());
            }
            if (response.statusCode() != 200) {
                throw new StatusListUnavailable("the status list host answered " + response.statusCode());
            }
            if (response.headers().firstValueAsLong("Content-Length").orElse(0) > maxBytes) {
                throw new StatusListUnavailable("status list larger than " + maxBytes + " bytes");
            }
            byte[] body = in.readNBytes(maxBytes + 1);
            if (body.length > maxBytes) {
                throw new StatusListUnavailable("status list larger than " + maxBytes + " bytes");
            }
            String mediaType = response.headers().firstValue("Content-Type").orElse("").split(";")[0].strip();
            return new Fetched(body, mediaType);
        } catch (IOException e) {
            throw new IllegalStateException("the status list broke off: " + e.getMessage(), e);
        }
    }

    /** A fetched token and its media type. */
    public record Fetched(byte[] body, String mediaType) {
    }
}
