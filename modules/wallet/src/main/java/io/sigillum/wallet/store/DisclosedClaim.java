package io.sigillum.wallet.store;

import java.util.Optional;

/**
 * What one Disclosure of a stored SD-JWT VC discloses (RFC 9901 §4.2); the salt is left out.
 *
 * @param name  the claim name, empty for an array element (§4.2.2)
 * @param value the value, as plain Java JSON ({@code Map}, {@code List}, {@code String}, {@code Number},
 *              {@code Boolean} or {@code null})
 */
public record DisclosedClaim(Optional<String> name, Object value) {

    /** @return the name only: values may be personal data */
    @Override
    public String toString() {
        return "DisclosedClaim[" + name.orElse("array element") + "]";
    }
}
