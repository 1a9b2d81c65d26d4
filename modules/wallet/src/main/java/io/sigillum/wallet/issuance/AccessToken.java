package io.sigillum.wallet.issuance;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * A DPoP-bound access token from the Token Endpoint (OID4VCI 1.0 §6.2, RFC 9449 §5).
 *
 * @param value     {@code access_token}
 * @param type      {@code token_type}
 * @param expiresIn {@code expires_in}, if given
 */
public record AccessToken(String value, String type, Optional<Duration> expiresIn) {

    /** Checks that nothing is null. */
    public AccessToken {
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(expiresIn, "expiresIn");
    }

    /** @return the type and lifetime; never the token */
    @Override
    public String toString() {
        return "AccessToken[" + type + expiresIn.map(d -> ", expires in " + d.toSeconds() + " s").orElse("") + "]";
    }
}
