/** One-time secrets and the digests they are stored as. */
package io.sigillum.crypto.secret;
