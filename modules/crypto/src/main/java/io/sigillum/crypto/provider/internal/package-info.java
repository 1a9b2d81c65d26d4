/** Implementation of provider selection: not exported. */
package io.sigillum.crypto.provider.internal;
