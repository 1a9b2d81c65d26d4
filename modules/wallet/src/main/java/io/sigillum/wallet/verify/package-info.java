/** Verification of received SD-JWT VCs against trust anchors, metadata and the proved keys. Not exported. */
package io.sigillum.wallet.verify;
