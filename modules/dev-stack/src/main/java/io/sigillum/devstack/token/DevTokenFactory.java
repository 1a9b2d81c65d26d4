package io.sigillum.devstack.token;

import io.sigillum.crypto.jwt.Es256JwtMinter;
import io.sigillum.devstack.pki.DevJwtKey;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Mints the development access tokens that the services accept: MicroProfile JWT (MP-JWT 2.1
 * §4) with {@code iss}, {@code sub}, {@code upn}, {@code groups} (the roles), {@code iat},
 * {@code exp} and {@code jti}, signed ES256 by the dev stack's key.
 */
public final class DevTokenFactory {

    /** The issuer every service is told to expect ({@code mp.jwt.verify.issuer}; the gateway {@code sigillum.gateway.jwt.issuer}). */
    public static final String ISSUER = "sigillum-dev-stack";

    private final Es256JwtMinter minter;
    private final Clock clock;

    /**
     * @param key   the dev stack's signing key
     * @param clock the time source for {@code iat} and {@code exp}
     */
    public DevTokenFactory(DevJwtKey key, Clock clock) {
        this.minter = new Es256JwtMinter(key.privateKey(), key.keyId());
        this.clock = clock;
    }

    /**
     * @param subject who the token is for ({@code sub} and {@code upn})
     * @param roles   the MP-JWT {@code groups}, which the services map to roles
     * @param ttl     how long the token is valid
     * @return the compact JWT
     */
    public String mint(String subject, List<String> roles, Duration ttl) {
        Instant now = clock.instant();
        Map<String, Object> claims = new LinkedHashMap<>();
        claims.put("iss", ISSUER);
        claims.put("sub", subject);
        claims.put("upn", subject);
        claims.put("groups", List.copyOf(roles));
        claims.put("iat", now.getEpochSecond());
        claims.put("exp", now.plus(ttl).getEpochSecond());
        claims.put("jti", UUID.randomUUID().toString());
        return minter.mint(claims);
    }
}
