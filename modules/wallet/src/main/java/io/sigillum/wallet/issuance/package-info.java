/** The OpenID4VCI 1.0 exchanges: token, nonce, credential, deferred, notification, and their orchestration. Not exported. */
package io.sigillum.wallet.issuance;
