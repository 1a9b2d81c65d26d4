/**
 * Who may use a route: each route is open (the wallet-facing protocol routes, which the protocols
 * keep open) or needs an MP-JWT-style bearer token carrying one of the route's roles. The gateway
 * checks the token (signature, issuer, audience, lifetime) and the roles before any traffic
 * reaches a service; the services check again. The keys come from a file, or from an identity
 * provider's JWKS URL, fetched over https and kept fresh ({@code RemoteJwks}). Refusals are RFC 9457 problems with an RFC 6750
 * challenge; they say what was wrong in fixed words and never echo the token.
 */
package io.sigillum.gateway.auth;
