package io.sigillum.statuslist.token;

import java.time.Instant;
import java.util.Optional;

/**
 * A Status List Token's claims as read from either format, before the time checks.
 *
 * @param token     what the token says
 * @param notBefore {@code nbf}, which the draft does not name but JWT and CWT validation honour
 */
record ReadClaims(StatusListToken token, Optional<Instant> notBefore) {
}
