/** Credential Issuer Metadata (OID4VCI 1.0 §12.2) and Authorization Server Metadata (RFC 8414). Not exported. */
package io.sigillum.wallet.metadata;
