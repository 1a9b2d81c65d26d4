/**
 * Credential configurations (OID4VCI 1.0 §12.2.4): what this issuer can issue, as data files
 * rather than code. Each file names a format, a type, the claims and how they are displayed.
 */
package io.sigillum.issuance.configuration;
