/**
 * Trust anchors: the X.509 certificates (roots, intermediates, IACA roots, pinned leaves) and
 * public JWKs an issuer's credentials are verified against. Added and removed, never deleted.
 */
package io.sigillum.trustregistry.anchor;
