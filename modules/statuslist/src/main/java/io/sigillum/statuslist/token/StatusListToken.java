package io.sigillum.statuslist.token;

import io.sigillum.statuslist.StatusListException;
import io.sigillum.statuslist.StatusListException.Reason;
import io.sigillum.statuslist.list.Status;
import io.sigillum.statuslist.list.StatusList;
import io.sigillum.statuslist.list.StatusListStructure;
import io.sigillum.statuslist.reference.StatusReference;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import java.util.Optional;

/**
 * What a Status List Token says (draft §5.1, §5.2), whichever its format: made with
 * {@link #builder} and signed by {@link StatusListJwt} or {@link StatusListCwt}, or returned by
 * {@link StatusListTokenVerifier} once checked. Times are whole seconds, as NumericDate carries them.
 */
public final class StatusListToken {

    private final URI subject;
    private final String issuer;
    private final Instant issuedAt;
    private final Instant expiresAt;
    private final Duration timeToLive;
    private final StatusListStructure structure;

    StatusListToken(URI subject, String issuer, Instant issuedAt, Instant expiresAt, Duration timeToLive,
                    StatusListStructure structure) {
        this.subject = subject;
        this.issuer = issuer;
        this.issuedAt = issuedAt;
        this.expiresAt = expiresAt;
        this.timeToLive = timeToLive;
        this.structure = structure;
    }

    /**
     * @param subject the URI the token will be served at: its {@code sub}, and the {@code uri} of
     *                every referenced token pointing into it (§5.1)
     * @param list    the list to carry
     * @return a builder; {@code iat} defaults to now
     */
    public static Builder builder(URI subject, StatusList list) {
        return new Builder(subject, list);
    }

    /** @return {@code sub}: the token's URI */
    public URI subject() {
        return subject;
    }

    /** @return {@code iss}, which this draft revision no longer requires */
    public Optional<String> issuer() {
        return Optional.ofNullable(issuer);
    }

    /** @return {@code iat} */
    public Instant issuedAt() {
        return issuedAt;
    }

    /** @return {@code exp}, RECOMMENDED */
    public Optional<Instant> expiresAt() {
        return Optional.ofNullable(expiresAt);
    }

    /** @return {@code ttl}: how long the token may be cached before a fresh copy should be fetched (§5.1, §8.3 step 4d) */
    public Optional<Duration> timeToLive() {
        return Optional.ofNullable(timeToLive);
    }

    /** @return the token's own list, not a copy (it may be millions of entries): {@link StatusList#copy()} it to change it */
    public StatusList list() {
        return structure.list();
    }

    /** @return the {@code aggregation_uri} of the Status List structure (§9.2) */
    public Optional<URI> aggregationUri() {
        return structure.aggregationUri();
    }

    /** @return the Status List structure: the list and its aggregation URI */
    public StatusListStructure structure() {
        return structure;
    }

    /**
     * The last steps of §8.3 for one referenced token: its {@code uri} must be this token's
     * {@code sub} (step 4a, compared as strings: RFC 3986 §6.2.1 simple comparison), and its
     * {@code idx} must be in the list (step 6).
     *
     * @param reference the referenced token's status reference
     * @return its status
     * @throws StatusListException {@link Reason#WRONG_SUBJECT} or {@link Reason#INDEX_OUT_OF_RANGE}
     */
    public Status statusOf(StatusReference reference) throws StatusListException {
        Objects.requireNonNull(reference, "reference");
        if (!reference.uri().toString().equals(subject.toString())) {
            throw new StatusListException(Reason.WRONG_SUBJECT,
                    "the referenced token points to another Status List Token than this one (§8.3 step 4a)");
        }
        return list().statusAt(reference.index());
    }

    @Override
    public String toString() {
        return "StatusListToken[sub=" + subject + ", iat=" + issuedAt + ", exp=" + expiresAt + ", ttl=" + timeToLive
                + ", " + structure.list() + "]";
    }

    /** Collects a token's claims. Not thread-safe. */
    public static final class Builder {

        private final URI subject;
        private final StatusList list;
        private String issuer;
        private Instant issuedAt;
        private Instant expiresAt;
        private Duration timeToLive;
        private URI aggregationUri;

        private Builder(URI subject, StatusList list) {
            this.subject = Objects.requireNonNull(subject, "subject");
            if (!subject.isAbsolute()) {
                throw new IllegalArgumentException("sub is the token's URI, an absolute one (§5.1): " + subject);
            }
            this.list = Objects.requireNonNull(list, "list");
        }

        /** Sets {@code iss}; omitted by default. */
        public Builder issuer(String issuer) {
            this.issuer = Objects.requireNonNull(issuer, "issuer");
            return this;
        }

        /** Sets {@code iat}, truncated to the second; now by default. */
        public Builder issuedAt(Instant issuedAt) {
            this.issuedAt = Objects.requireNonNull(issuedAt, "issuedAt").truncatedTo(ChronoUnit.SECONDS);
            return this;
        }

        /** Sets {@code exp}, truncated to the second; RECOMMENDED (§5.1), omitted by default. */
        public Builder expiresAt(Instant expiresAt) {
            this.expiresAt = Objects.requireNonNull(expiresAt, "expiresAt").truncatedTo(ChronoUnit.SECONDS);
            return this;
        }

        /** Sets {@code ttl} in whole seconds, at least one; RECOMMENDED (§5.1), omitted by default. */
        public Builder timeToLive(Duration timeToLive) {
            Objects.requireNonNull(timeToLive, "timeToLive");
            if (timeToLive.toSeconds() < 1) {
                throw new IllegalArgumentException("ttl is a positive number of seconds (§5.1)");
            }
            this.timeToLive = Duration.ofSeconds(timeToLive.toSeconds());
            return this;
        }

        /** Sets the Status List structure's {@code aggregation_uri} (§4.2, §9.2). */
        public Builder aggregationUri(URI aggregationUri) {
            Objects.requireNonNull(aggregationUri, "aggregationUri");
            if (!aggregationUri.isAbsolute()) {
                throw new IllegalArgumentException("aggregation_uri is an absolute URI: " + aggregationUri);
            }
            this.aggregationUri = aggregationUri;
            return this;
        }

        /**
         * @return the token's content, over a copy of the list
         * @throws IllegalArgumentException when {@code exp} is not after {@code iat}
         */
        public StatusListToken build() {
            Instant iat = issuedAt != null ? issuedAt : Instant.now().truncatedTo(ChronoUnit.SECONDS);
            if (expiresAt != null && !expiresAt.isAfter(iat)) {
                throw new IllegalArgumentException("exp must come after iat");
            }
            return new StatusListToken(subject, issuer, iat, expiresAt, timeToLive,
                    new StatusListStructure(list.copy(), Optional.ofNullable(aggregationUri)));
        }
    }
}
