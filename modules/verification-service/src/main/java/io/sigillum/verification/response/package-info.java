/** The response URI: the wallet's authorization response, decrypted, checked and recorded once (OpenID4VP 1.0 §8). */
package io.sigillum.verification.response;
