/** Managed keys: purpose, lifecycle state, public key. */
package io.sigillum.keymanagement.key;
