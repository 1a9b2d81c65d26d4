/** PKCS#12 key stores and trust stores (RFC 7292) for TLS servers and clients. */
package io.sigillum.crypto.keystore;
