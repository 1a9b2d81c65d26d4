package io.sigillum.verification.presentation;

import io.sigillum.dcql.query.DcqlQuery;
import io.sigillum.presentation.FailureReason;
import io.sigillum.presentation.FetchedStatusList;
import io.sigillum.presentation.PresentationContext;
import io.sigillum.presentation.PresentationResult;
import io.sigillum.presentation.PresentationVerifier;
import io.sigillum.presentation.StatusFetchException;
import io.sigillum.presentation.StatusLists;
import io.sigillum.presentation.UnknownStatusPolicy;
import io.sigillum.verification.status.StatusListHttp;
import io.sigillum.verification.status.StatusListPublished;
import io.sigillum.verification.trust.TrustSnapshots;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The presentation checks of {@code modules/presentation}: SD-JWT VC signatures against the trust
 * snapshot, disclosures, key binding (nonce, audience, freshness), validity, status through a
 * cache of status list tokens fetched over HTTP, and the DCQL query. Cached lists are dropped when
 * {@code status.published} says a new version is out.
 */
@ApplicationScoped
public class LibraryPresentationCheck implements PresentationCheck {

    private final StatusLists statusLists;
    private final PresentationVerifier verifier;

    @Inject
    LibraryPresentationCheck(TrustSnapshots trust, StatusListHttp http,
                             @ConfigProperty(name = "sigillum.verification.status.unknown-policy", defaultValue = "fail-closed")
                             String unknownPolicy,
                             @ConfigProperty(name = "sigillum.verification.clock-skew", defaultValue = "PT60S") Duration clockSkew,
                             @ConfigProperty(name = "sigillum.verification.key-binding-max-age", defaultValue = "PT5M")
                             Duration keyBindingMaxAge,
                             @ConfigProperty(name = "sigillum.verification.max-response-bytes", defaultValue = "1048576")
                             int maxResponseBytes) {
        this.statusLists = StatusLists.create(uri -> {
            try {
                StatusListHttp.Fetched fetched = http.fetch(uri);
                return new FetchedStatusList(fetched.body(), fetched.mediaType());
            } catch (RuntimeException e) {
                // Unreachable, refused, timed out, circuit open: the cache decides (stale copy or the unknown-status policy).
                throw new StatusFetchException(String.valueOf(e.getMessage()), e);
            }
        }, Clock.systemUTC());
        this.verifier = PresentationVerifier.builder(trust, statusLists)
                .clockSkew(clockSkew)
                .keyBindingMaxAge(keyBindingMaxAge)
                .unknownStatus(policy(unknownPolicy))
                .maxVpTokenChars(maxResponseBytes)
                .build();
    }

    @Override
    public CheckedPresentation check(String vpTokenJson, DcqlQuery query, String clientId, String nonce, Instant now) {
        PresentationResult result = verifier.verify(vpTokenJson, query, new PresentationContext(clientId, nonce, now));
        return switch (result) {
            case PresentationResult.Verified verified -> {
                Map<String, List<CheckedPresentation.Credential>> credentials = new LinkedHashMap<>();
                verified.credentials().forEach((queryId, list) -> credentials.put(queryId, list.stream()
                        .map(c -> new CheckedPresentation.Credential(c.vct(), c.issuerId(), c.claims())).toList()));
                yield new CheckedPresentation.Verified(credentials);
            }
            case PresentationResult.Failed failed -> new CheckedPresentation.Failed(failed.failures().stream()
                    .map(f -> new CheckedPresentation.Failure(reason(f.reason()), f.credentialQueryId(), f.detail()))
                    .toList());
        };
    }

    /** Drops this replica's copy of a list the status service has published again. */
    void published(@Observes StatusListPublished event) {
        statusLists.invalidate(event.uri());
    }

    /** The status cache's counts, for health and metrics. */
    public StatusLists.Stats statusStats() {
        return statusLists.stats();
    }

    /** The API's name of a failure: the library's, in lower case; a malformed token is named for what it is. */
    private static String reason(FailureReason reason) {
        return reason == FailureReason.MALFORMED ? "malformed_vp_token" : reason.name().toLowerCase(Locale.ROOT);
    }

    private static UnknownStatusPolicy policy(String value) {
        return switch (value.toLowerCase(Locale.ROOT)) {
            case "fail-closed" -> UnknownStatusPolicy.FAIL_CLOSED;
            case "accept" -> UnknownStatusPolicy.ACCEPT;
            default -> throw new IllegalStateException(
                    "sigillum.verification.status.unknown-policy is fail-closed or accept, not " + value);
        };
    }
}
