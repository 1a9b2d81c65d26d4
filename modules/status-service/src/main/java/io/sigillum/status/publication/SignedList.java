package io.sigillum.status.publication;

import java.time.Instant;

/**
 * One list's token, signed in both forms the draft defines: a JWT ({@code statuslist+jwt}, §5.1)
 * and a CWT ({@code application/statuslist+cwt}, §5.2), with the same claims.
 *
 * @param jwt       the compact JWS
 * @param cwt       the COSE_Sign1 bytes
 * @param issuedAt  {@code iat}
 * @param expiresAt {@code exp}
 */
public record SignedList(String jwt, byte[] cwt, Instant issuedAt, Instant expiresAt) {
}
