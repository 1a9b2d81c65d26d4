/**
 * Resolving an OpenID4VP 1.0 Authorization Request: the link, the Request Object by reference (GET,
 * or POST with {@code wallet_metadata} and {@code wallet_nonce}, §5.10) or by value, JAR checks
 * (RFC 9101, {@code typ}), the Client Identifier Prefixes {@code x509_hash}, {@code x509_san_dns} and
 * (development only) {@code redirect_uri} (§5.9.3), and the request parameters the wallet acts on.
 * Not exported.
 */
package io.sigillum.wallet.vp.request;
