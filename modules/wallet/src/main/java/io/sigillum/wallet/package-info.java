/**
 * The test wallet: {@link io.sigillum.wallet.Wallet} receives credentials over OpenID4VCI 1.0
 * (pre-authorized code, DPoP, key proofs, nonce, deferred issuance, notification) and keeps them
 * in its {@link io.sigillum.wallet.store.CredentialStore}.
 */
package io.sigillum.wallet;
