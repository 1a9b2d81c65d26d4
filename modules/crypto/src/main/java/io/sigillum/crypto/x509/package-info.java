/**
 * X.509 certificates for development and tests: a self-signed CA and the TLS server
 * certificates it issues (RFC 5280 profiles), built with BouncyCastle.
 */
package io.sigillum.crypto.x509;
