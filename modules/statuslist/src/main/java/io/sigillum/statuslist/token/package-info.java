/**
 * Status List Tokens (draft §5): the signed container of a Status List, as a JWT
 * ({@link io.sigillum.statuslist.token.StatusListJwt}, §5.1) or a CWT in a tagged COSE_Sign1
 * ({@link io.sigillum.statuslist.token.StatusListCwt}, §5.2), signed through
 * {@link io.sigillum.crypto.sign.Signer} so the key may sit in an HSM or the key-management
 * service; and their verification ({@link io.sigillum.statuslist.token.StatusListTokenVerifier}, §8.3).
 */
package io.sigillum.statuslist.token;
