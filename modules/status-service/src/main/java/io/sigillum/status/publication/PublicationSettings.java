package io.sigillum.status.publication;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.net.URI;
import java.time.Duration;
import java.util.Optional;

/**
 * How tokens are published: their lifetime ({@code exp - iat}), their {@code ttl} (how long a
 * relying party may cache one), how long before expiry they are renewed, how long changes are
 * gathered before one re-signing, how often a replica looks for due lists and others' tokens, the
 * aggregation URI the tokens name, and how long past tokens are kept.
 */
@ApplicationScoped
public class PublicationSettings {

    private final Duration lifetime;
    private final Duration ttl;
    private final Duration renewBefore;
    private final Duration gather;
    private final Duration sweep;
    private final Optional<URI> aggregationUri;
    private final Duration historyRetention;

    @Inject
    PublicationSettings(@ConfigProperty(name = "sigillum.status.token-lifetime", defaultValue = "PT24H") Duration lifetime,
                        @ConfigProperty(name = "sigillum.status.ttl", defaultValue = "PT5M") Duration ttl,
                        @ConfigProperty(name = "sigillum.status.renew-before", defaultValue = "PT6H") Duration renewBefore,
                        @ConfigProperty(name = "sigillum.status.gather", defaultValue = "PT0.1S") Duration gather,
                        @ConfigProperty(name = "sigillum.status.sweep-interval", defaultValue = "PT0.5S") Duration sweep,
                        @ConfigProperty(name = "sigillum.status.aggregation-uri") Optional<URI> aggregationUri,
                        @ConfigProperty(name = "sigillum.status.history-retention", defaultValue = "P30D") Duration historyRetention) {
        if (ttl.toSeconds() < 1 || lifetime.compareTo(ttl) < 0 || renewBefore.compareTo(lifetime) >= 0) {
            throw new IllegalArgumentException("status tokens need ttl >= 1 s, lifetime >= ttl and renew-before < lifetime");
        }
        if (gather.isNegative() || sweep.toMillis() < 10) {
            throw new IllegalArgumentException("sigillum.status.gather must be >= 0 and sweep-interval >= 10 ms");
        }
        this.lifetime = lifetime;
        this.ttl = ttl;
        this.renewBefore = renewBefore;
        this.gather = gather;
        this.sweep = sweep;
        this.aggregationUri = aggregationUri;
        this.historyRetention = historyRetention;
    }

    /** Where the list of all lists is served (draft §9), put in each token's {@code aggregation_uri}. */
    public Optional<URI> aggregationUri() {
        return aggregationUri;
    }

    /** How long after its expiry a token stays available for historical resolution (draft §8.4). */
    public Duration historyRetention() {
        return historyRetention;
    }

    public Duration lifetime() {
        return lifetime;
    }

    public Duration ttl() {
        return ttl;
    }

    public Duration renewBefore() {
        return renewBefore;
    }

    /** How long a change waits for others to join its re-signing: a burst costs one signature. */
    public Duration gather() {
        return gather;
    }

    /** How often this replica looks for due lists and for tokens other replicas stored. */
    public Duration sweep() {
        return sweep;
    }
}
