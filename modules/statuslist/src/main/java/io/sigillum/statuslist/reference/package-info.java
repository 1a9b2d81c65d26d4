/**
 * The {@code status} claim a referenced token carries (draft §6): a
 * {@link io.sigillum.statuslist.reference.StatusReference} (the Status List Token's URI and the
 * token's index), written and read in JSON for JWT and SD-JWT VC
 * ({@link io.sigillum.statuslist.reference.JsonStatusClaim}) and in CBOR for CWT and mdoc
 * ({@link io.sigillum.statuslist.reference.CborStatusClaim}).
 */
package io.sigillum.statuslist.reference;
