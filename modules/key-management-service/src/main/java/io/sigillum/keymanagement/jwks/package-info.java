/** The published public keys, as JWK Sets. */
package io.sigillum.keymanagement.jwks;
