/**
 * The test wallet: {@link io.sigillum.wallet.Wallet} receives credentials over OpenID4VCI 1.0
 * (pre-authorized code, DPoP, key proofs, nonce, deferred issuance, notification), keeps them in its
 * {@link io.sigillum.wallet.store.CredentialStore}, and presents them over OpenID4VP 1.0 (signed
 * request objects, DCQL, SD-JWT VC with key binding, direct_post and direct_post.jwt).
 */
package io.sigillum.wallet;
