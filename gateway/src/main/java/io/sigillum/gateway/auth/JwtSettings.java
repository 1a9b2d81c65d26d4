package io.sigillum.gateway.auth;

import io.helidon.config.Config;
import io.sigillum.crypto.sign.SignatureAlgorithm;
import io.sigillum.gateway.config.ConfigLists;

import java.time.Duration;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * How bearer tokens are checked, under {@code sigillum.gateway.jwt}, the gateway's counterparts of
 * the services' {@code mp.jwt.verify.*}:
 * <pre>
 * publickey.location: /etc/sigillum/jwt/jwt-public.pem   # a PEM public key or a JWKS: a path, a file: URI,
 *                                                         # or the https:// jwks_uri of an identity provider
 * issuer: https://login.example.org                       # the iss every token must carry
 * audiences: [sigillum-admin]                             # optional: the aud must name one of them
 * algorithms: [ES256]                                     # the alg allow-list (default ES256; RS* and PS* allowed)
 * clock-skew: PT30S                                       # leeway for exp, nbf and iat
 * jwks-refresh: PT10M …                                   # fetching an https:// JWKS, see JwksFetching
 * </pre>
 *
 * @param keyLocation where the verification keys are, or empty when none is configured
 * @param issuer      the required {@code iss}, or empty when none is configured
 * @param jwks        how a remote JWKS is fetched (unused for a file)
 */
public record JwtSettings(Optional<String> keyLocation, Optional<String> issuer, Set<String> audiences,
                          Set<SignatureAlgorithm> algorithms, Duration clockSkew, JwksFetching jwks) {

    static final Duration DEFAULT_CLOCK_SKEW = Duration.ofSeconds(30);
    static final Duration MAX_CLOCK_SKEW = Duration.ofMinutes(5);
    private static final String NAMES = Arrays.stream(SignatureAlgorithm.values())
            .map(SignatureAlgorithm::jwsName).collect(Collectors.joining(", "));

    public JwtSettings {
        audiences = Set.copyOf(audiences);
        Objects.requireNonNull(jwks, "jwks");
        algorithms = Set.copyOf(algorithms);
        if (algorithms.isEmpty()) {
            throw new IllegalStateException("sigillum.gateway.jwt.algorithms allows no algorithm");
        }
        if (clockSkew.isNegative() || clockSkew.compareTo(MAX_CLOCK_SKEW) > 0) {
            throw new IllegalStateException("sigillum.gateway.jwt.clock-skew must be between PT0S and " + MAX_CLOCK_SKEW);
        }
    }

    /** With the default JWKS fetching. */
    public JwtSettings(Optional<String> keyLocation, Optional<String> issuer, Set<String> audiences,
                       Set<SignatureAlgorithm> algorithms, Duration clockSkew) {
        this(keyLocation, issuer, audiences, algorithms, clockSkew, JwksFetching.DEFAULTS);
    }

    public static JwtSettings from(Config config) {
        Config jwt = config.get("sigillum.gateway.jwt");
        List<String> algorithmNames = ConfigLists.strings(jwt.get("algorithms"));
        Set<SignatureAlgorithm> algorithms = EnumSet.noneOf(SignatureAlgorithm.class);
        for (String name : algorithmNames.isEmpty() ? List.of(SignatureAlgorithm.ES256.jwsName()) : algorithmNames) {
            // none and HMAC have no SignatureAlgorithm: naming them is a configuration error, not a silent no.
            algorithms.add(SignatureAlgorithm.fromJwsName(name).orElseThrow(() -> new IllegalStateException(
                    "sigillum.gateway.jwt.algorithms: " + name + " is not one of " + NAMES)));
        }
        return new JwtSettings(
                jwt.get("publickey.location").asString().map(String::strip).filter(s -> !s.isEmpty()),
                jwt.get("issuer").asString().map(String::strip).filter(s -> !s.isEmpty()),
                Set.copyOf(ConfigLists.strings(jwt.get("audiences"))),
                algorithms,
                jwt.get("clock-skew").as(Duration.class).orElse(DEFAULT_CLOCK_SKEW),
                JwksFetching.from(jwt));
    }
}
