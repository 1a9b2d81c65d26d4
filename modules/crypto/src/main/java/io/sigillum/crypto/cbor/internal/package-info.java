/** The CBOR reader and writer over Jackson's codec: not exported. */
package io.sigillum.crypto.cbor.internal;
