package io.sigillum.presentation;

import io.sigillum.crypto.sign.SignatureAlgorithm;
import io.sigillum.dcql.DcqlSpec;
import io.sigillum.dcql.query.CredentialQuery;
import io.sigillum.dcql.query.DcqlQuery;
import io.sigillum.presentation.internal.IssuerKeys;
import io.sigillum.presentation.internal.Refusal;
import io.sigillum.presentation.internal.SdJwtVcCheck;
import io.sigillum.presentation.internal.VpTokenReader;
import io.sigillum.trust.evaluation.TrustEvaluator;

import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Decides whether a wallet's {@code vp_token} (OpenID4VP 1.0 §8.1) is accepted: every presentation
 * genuine (issuer signature with the {@code x5c} leaf, Disclosures), bound to the presenting wallet
 * (Key Binding JWT with the transaction's nonce, this verifier's Client Identifier, fresh), issued by
 * an issuer the trust snapshot trusts and authorizes for the credential's {@code vct}, within its
 * validity, not revoked or suspended, and together satisfying the DCQL query (§6.4.2). The answer
 * holds only the claims the query selected. Any failure fails the whole {@code vp_token}.
 *
 * <p>The checks run cheapest first: the {@code vp_token}'s shape and its ids against the query, then
 * each presentation's signatures and trust, then the query, and the status last (it may fetch).
 * Issuer chains are read and trust-evaluated once per chain and snapshot (for a minute at most);
 * status lists are verified once per fetch ({@link StatusLists}).
 *
 * <p>Thread-safe; build one and share it. Only {@code dc+sd-jwt} is verified so far.
 */
public final class PresentationVerifier {

    private final Supplier<TrustEvaluator> trust;
    private final StatusLists statusLists;
    private final UnknownStatusPolicy unknownStatus;
    private final int maxVpTokenChars;
    private final SdJwtVcCheck sdJwtVc;

    private PresentationVerifier(Builder builder) {
        this.trust = builder.trust;
        this.statusLists = builder.statusLists;
        this.unknownStatus = builder.unknownStatus;
        this.maxVpTokenChars = builder.maxVpTokenChars;
        this.sdJwtVc = new SdJwtVcCheck(builder.allowedAlgorithms, builder.clockSkew, builder.keyBindingMaxAge,
                new IssuerKeys(builder.issuerChainCacheSize, builder.allowedAlgorithms));
    }

    /**
     * @param trust       the current trust evaluator (one per trust snapshot); it may throw when no
     *                    snapshot is known, which fails presentations with {@link FailureReason#TRUST_UNAVAILABLE}
     * @param statusLists where credentials' status lists come from
     * @return a builder: 60 s of skew, Key Binding JWTs up to 5 minutes old, unknown status refused,
     *         {@code vp_token} up to 1 MiB of characters, ES256 only
     */
    public static Builder builder(Supplier<TrustEvaluator> trust, StatusLists statusLists) {
        return new Builder(trust, statusLists);
    }

    /**
     * Never throws for bad input: every refusal is a {@link PresentationResult.Failed} with reasons.
     *
     * @param vpTokenJson the {@code vp_token} as received: a JSON object
     * @param query       the DCQL query the request carried
     * @param context     the Client Identifier, the transaction's nonce and the time
     * @return the verified credentials with only the requested claims, or why not
     */
    public PresentationResult verify(String vpTokenJson, DcqlQuery query, PresentationContext context) {
        if (vpTokenJson == null || query == null || context == null) {
            return failed(Failure.of(FailureReason.MALFORMED, "no vp_token, query or context"));
        }
        if (vpTokenJson.length() > maxVpTokenChars) {
            return failed(Failure.of(FailureReason.MALFORMED, "the vp_token is longer than " + maxVpTokenChars + " characters"));
        }
        Map<String, List<String>> presented;
        try {
            presented = VpTokenReader.read(vpTokenJson);
        } catch (Refusal refusal) {
            return failed(Failure.of(refusal.reason(), refusal.getMessage()));
        }
        List<Failure> failures = checkIds(presented, query);
        if (!failures.isEmpty()) {
            return new PresentationResult.Failed(failures);
        }
        TrustEvaluator evaluator = currentTrust();
        if (evaluator == null) {
            return failed(Failure.of(FailureReason.TRUST_UNAVAILABLE, "no trust snapshot is known: no issuer can be trusted"));
        }
        Map<String, List<SdJwtVcCheck.Checked>> checked = new LinkedHashMap<>();
        presented.forEach((id, presentations) -> {
            List<SdJwtVcCheck.Checked> credentials = new ArrayList<>(presentations.size());
            for (int i = 0; i < presentations.size(); i++) {
                try {
                    credentials.add(sdJwtVc.check(presentations.get(i), evaluator, context));
                } catch (Refusal refusal) {
                    failures.add(Failure.of(refusal.reason(), id, at(id, i, presentations.size()) + refusal.getMessage()));
                } catch (RuntimeException e) {
                    // The libraries refuse bad input with their own exceptions; anything else is still
                    // the input's doing as far as the relying party is concerned, and never escapes.
                    failures.add(Failure.of(FailureReason.MALFORMED, id, at(id, i, presentations.size())
                            + "the presentation could not be read (" + e.getClass().getSimpleName() + ")"));
                }
            }
            checked.put(id, credentials);
        });
        if (!failures.isEmpty()) {
            return new PresentationResult.Failed(failures);
        }
        QueryCheck.Outcome outcome = QueryCheck.check(query, checked);
        if (!outcome.failures().isEmpty()) {
            return new PresentationResult.Failed(outcome.failures());
        }
        failures.addAll(StatusCheck.check(checked, statusLists, evaluator, unknownStatus));
        if (!failures.isEmpty()) {
            return new PresentationResult.Failed(failures);
        }
        return new PresentationResult.Verified(outcome.credentials());
    }

    /** @return the trust evaluator, or {@code null} when none is known (the supplier may throw then) */
    private TrustEvaluator currentTrust() {
        try {
            return trust.get();
        } catch (RuntimeException e) {
            return null;
        }
    }

    /** §8.1: every key is a Credential Query id; this verifier checks SD-JWT VCs only so far. */
    private static List<Failure> checkIds(Map<String, List<String>> presented, DcqlQuery query) {
        List<Failure> failures = new ArrayList<>();
        for (String id : presented.keySet()) {
            Optional<CredentialQuery> credentialQuery = query.credential(id);
            if (credentialQuery.isEmpty()) {
                failures.add(Failure.of(FailureReason.QUERY_NOT_SATISFIED, id,
                        "the vp_token presents credentials for an id no Credential Query has (OpenID4VP 1.0 §8.1)"));
            } else if (!DcqlSpec.FORMAT_SD_JWT_VC.equals(credentialQuery.get().format())) {
                failures.add(Failure.of(FailureReason.UNSUPPORTED_FORMAT, id,
                        "format " + credentialQuery.get().format() + " is not verified here (only " + DcqlSpec.FORMAT_SD_JWT_VC + ")"));
            }
        }
        return failures;
    }

    private static String at(String id, int index, int count) {
        return count == 1 ? "" : id + "[" + index + "]: ";
    }

    private static PresentationResult failed(Failure failure) {
        return new PresentationResult.Failed(List.of(failure));
    }

    /** Configures a {@link PresentationVerifier}. Not thread-safe. */
    public static final class Builder {
        private final Supplier<TrustEvaluator> trust;
        private final StatusLists statusLists;
        private Duration clockSkew = Duration.ofSeconds(60);
        private Duration keyBindingMaxAge = Duration.ofMinutes(5);
        private UnknownStatusPolicy unknownStatus = UnknownStatusPolicy.FAIL_CLOSED;
        private int maxVpTokenChars = 1024 * 1024;
        private Set<SignatureAlgorithm> allowedAlgorithms = EnumSet.of(SignatureAlgorithm.ES256);
        private int issuerChainCacheSize = 256;

        private Builder(Supplier<TrustEvaluator> trust, StatusLists statusLists) {
            this.trust = Objects.requireNonNull(trust, "trust");
            this.statusLists = Objects.requireNonNull(statusLists, "statusLists");
        }

        /** @param skew how far the issuer's and the wallet's clocks may differ from ours, not negative */
        public Builder clockSkew(Duration skew) {
            if (skew.isNegative()) {
                throw new IllegalArgumentException("clockSkew is not negative");
            }
            this.clockSkew = skew;
            return this;
        }

        /** @param maxAge how old a Key Binding JWT's {@code iat} may be (RFC 9901 §7.3 step 5), positive */
        public Builder keyBindingMaxAge(Duration maxAge) {
            if (maxAge.isNegative() || maxAge.isZero()) {
                throw new IllegalArgumentException("keyBindingMaxAge is positive");
            }
            this.keyBindingMaxAge = maxAge;
            return this;
        }

        /** @param policy what to do when a credential's status cannot be established */
        public Builder unknownStatus(UnknownStatusPolicy policy) {
            this.unknownStatus = Objects.requireNonNull(policy, "policy");
            return this;
        }

        /** @param maxChars the longest {@code vp_token} read, in characters, positive */
        public Builder maxVpTokenChars(int maxChars) {
            if (maxChars < 1) {
                throw new IllegalArgumentException("maxVpTokenChars is positive");
            }
            this.maxVpTokenChars = maxChars;
            return this;
        }

        /** @param algorithms the signature algorithms accepted from issuers and holders, not empty */
        public Builder allowedAlgorithms(Set<SignatureAlgorithm> algorithms) {
            if (algorithms.isEmpty()) {
                throw new IllegalArgumentException("at least one algorithm is allowed");
            }
            this.allowedAlgorithms = Set.copyOf(algorithms);
            return this;
        }

        /** @param size how many issuer chains to remember, read and trust-evaluated, at least 1 */
        public Builder issuerChainCacheSize(int size) {
            if (size < 1) {
                throw new IllegalArgumentException("issuerChainCacheSize is at least 1");
            }
            this.issuerChainCacheSize = size;
            return this;
        }

        /** @return the verifier */
        public PresentationVerifier build() {
            return new PresentationVerifier(this);
        }
    }
}
