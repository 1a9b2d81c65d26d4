/**
 * How the SD-JWT packages do their work: strict JSON and base64url, salts, and the processing of a
 * payload with its Disclosures (§7.1 step 3). Not exported.
 */
package io.sigillum.sdjwt.internal;
