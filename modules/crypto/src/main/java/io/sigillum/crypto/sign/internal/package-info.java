/** Implementation of the signing API: not exported. */
package io.sigillum.crypto.sign.internal;
