package io.sigillum.sdjwt.verification;

import io.sigillum.crypto.sign.SignatureAlgorithm;

import java.time.Clock;
import java.time.Duration;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/**
 * What a verifier that requires Key Binding expects of the Key Binding JWT (§7.3 step 5).
 *
 * @param audience   the expected {@code aud}: this verifier
 * @param nonce      the expected {@code nonce}, the one this verifier issued for the transaction
 * @param clock      the clock for {@code iat}
 * @param maxAge     how old {@code iat} may be
 * @param skew       how far the holder's clock may run ahead or behind
 * @param algorithms the algorithms the holder's key may sign with
 */
public record KeyBindingPolicy(String audience, String nonce, Clock clock, Duration maxAge, Duration skew,
                               Set<SignatureAlgorithm> algorithms) {

    /** Checks that nothing is missing and copies the algorithms. */
    public KeyBindingPolicy {
        Objects.requireNonNull(audience, "audience");
        Objects.requireNonNull(nonce, "nonce");
        Objects.requireNonNull(clock, "clock");
        if (maxAge.isNegative() || skew.isNegative()) {
            throw new IllegalArgumentException("maxAge and skew are not negative");
        }
        algorithms = Set.copyOf(algorithms);
    }

    /**
     * @param audience the expected {@code aud}
     * @param nonce    the expected {@code nonce}
     * @param clock    the clock
     * @return a policy accepting an {@code iat} up to 5 minutes old, 1 minute of skew, any asymmetric algorithm
     */
    public static KeyBindingPolicy of(String audience, String nonce, Clock clock) {
        return new KeyBindingPolicy(audience, nonce, clock, Duration.ofMinutes(5), Duration.ofMinutes(1),
                EnumSet.allOf(SignatureAlgorithm.class));
    }
}
