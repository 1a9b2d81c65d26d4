/** The issuer's metadata (OID4VCI 1.0 §12.2), which wallets read first. */
package io.sigillum.issuance.metadata;
