/** Public JWKs and RFC 7638 thumbprints for signature keys. */
package io.sigillum.crypto.jwk;
