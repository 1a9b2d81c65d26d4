/** Credential offers (OID4VCI 1.0 §4.1): what was offered to whom, until when. */
package io.sigillum.issuance.offer;
