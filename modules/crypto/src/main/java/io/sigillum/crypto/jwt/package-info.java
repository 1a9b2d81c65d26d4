/** Signed JWTs (RFC 7519) made with keys held in this process. */
package io.sigillum.crypto.jwt;
