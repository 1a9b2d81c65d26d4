/**
 * The token endpoint (OID4VCI 1.0 §6): pre-authorized codes, with or without a Transaction
 * Code, exchanged once for a DPoP-bound access token whose state every replica shares.
 */
package io.sigillum.issuance.token;
