/** Signing for other services: grants per caller, the active key per purpose, single and batched signatures. */
package io.sigillum.keymanagement.signing;
