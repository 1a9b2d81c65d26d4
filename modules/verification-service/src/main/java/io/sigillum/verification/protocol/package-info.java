/** OpenID4VP 1.0 vocabulary, secrets and the OAuth-style errors the wallet-facing endpoints answer with. */
package io.sigillum.verification.protocol;
