package io.sigillum.verification.trust;

import io.sigillum.trust.evaluation.TrustEvaluator;
import io.sigillum.trust.snapshot.SnapshotFormatException;
import io.sigillum.trust.snapshot.SnapshotJson;
import io.sigillum.verification.outbound.OutboundHttp;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.faulttolerance.Bulkhead;
import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Fallback;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.faulttolerance.Timeout;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * The trust registry's {@code GET /snapshot} (role {@code verifier-rp}), revalidated with
 * {@code If-None-Match}: an unchanged state costs a 304. The call has its own bulkhead, timeout,
 * circuit breaker and retries, so a slow registry takes no threads from status checks; when it
 * fails, the last snapshot serves until it is older than {@code sigillum.verification.trust.max-age}
 * (one hour by default), and health and metrics say so.
 */
@ApplicationScoped
public class TrustRegistry {

    private static final Logger LOG = Logger.getLogger(TrustRegistry.class.getName());

    private final OutboundHttp http;
    private final URI snapshotUri;
    private final Duration maxAge;
    private final Clock clock = Clock.systemUTC();
    private volatile HeldSnapshot held;
    private volatile boolean servingCached;
    private volatile String lastError;

    @Inject
    TrustRegistry(OutboundHttp http,
                  @ConfigProperty(name = "sigillum.verification.trust.url", defaultValue = "https://127.0.0.1:8084") String url,
                  @ConfigProperty(name = "sigillum.verification.trust.max-age", defaultValue = "PT1H") Duration maxAge) {
        this.http = http;
        this.snapshotUri = URI.create(url.replaceAll("/+$", "") + "/snapshot");
        this.maxAge = maxAge;
    }

    /**
     * Fetches the snapshot (or its confirmation) from the registry.
     *
     * @return the evaluator over the current snapshot
     * @throws TrustUnavailable when neither the registry nor a recent enough copy answers
     */
    @Bulkhead(4)
    @Timeout(value = 5, unit = ChronoUnit.SECONDS)
    // Short open periods: a registry that starts after this service (or restarts) must not keep an
    // announced change from being fetched for long; the held snapshot serves meanwhile.
    @CircuitBreaker(requestVolumeThreshold = 4, failureRatio = 0.5, delay = 5, delayUnit = ChronoUnit.SECONDS)
    @Retry(maxRetries = 2, delay = 200, abortOn = TrustUnavailable.class)
    @Fallback(fallbackMethod = "lastKnown")
    public TrustEvaluator fetch() {
        HeldSnapshot current = held;
        HttpRequest.Builder request = HttpRequest.newBuilder(snapshotUri).timeout(Duration.ofSeconds(4)).GET()
                .header("Authorization", "Bearer " + http.token()).header("Accept", "application/json");
        if (current != null) {
            request.header("If-None-Match", current.etag());
        }
        HttpResponse<InputStream> response;
        try {
            response = http.client().send(request.build(), HttpResponse.BodyHandlers.ofInputStream());
        } catch (IOException e) {
            throw new IllegalStateException("the trust registry cannot be reached: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
        try (InputStream body = response.body()) {
            if (response.statusCode() == 304 && current != null) {
                return keep(new HeldSnapshot(current.evaluator(), current.etag(), clock.instant()));
            }
            if (response.statusCode() != 200) {
                throw new IllegalStateException("the trust registry answered " + response.statusCode());
            }
            TrustEvaluator evaluator = TrustEvaluator.of(SnapshotJson.read(body, SnapshotJson.DEFAULT_MAX_BYTES));
            String etag = response.headers().firstValue("ETag").orElse("");
            if (current == null || current.version() != evaluator.snapshot().version()) {
                LOG.info(() -> "trust snapshot version " + evaluator.snapshot().version() + " in use");
            }
            return keep(new HeldSnapshot(evaluator, etag, clock.instant()));
        } catch (SnapshotFormatException e) {
            throw new IllegalStateException("the trust registry's snapshot is refused: " + e.getMessage(), e);
        } catch (IOException e) {
            throw new IllegalStateException("the trust registry's answer broke off: " + e.getMessage(), e);
        }
    }

    /** The fallback: the last snapshot, while it is younger than the configured lifetime. */
    TrustEvaluator lastKnown() {
        HeldSnapshot current = held;
        if (current == null || !clock.instant().isBefore(current.confirmedAt().plus(maxAge))) {
            lastError = "no trust snapshot younger than " + maxAge;
            throw new TrustUnavailable("No trust snapshot: the trust registry cannot be reached and no copy younger than "
                    + maxAge + " is held.");
        }
        if (!servingCached) {
            LOG.warning(() -> "the trust registry cannot be reached; serving snapshot version " + current.version()
                    + " confirmed at " + current.confirmedAt());
        }
        servingCached = true;
        return current.evaluator();
    }

    private TrustEvaluator keep(HeldSnapshot snapshot) {
        held = snapshot;
        servingCached = false;
        lastError = null;
        return snapshot.evaluator();
    }

    /** The snapshot held now, if any. */
    Optional<HeldSnapshot> held() {
        return Optional.ofNullable(held);
    }

    /** Whether the last fetch failed and a cached snapshot answered. */
    boolean servingCached() {
        return servingCached;
    }

    Optional<String> lastError() {
        return Optional.ofNullable(lastError);
    }

    Duration maxAge() {
        return maxAge;
    }

    Instant now() {
        return clock.instant();
    }
}
