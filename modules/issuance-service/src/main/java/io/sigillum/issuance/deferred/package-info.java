/**
 * Deferred issuance (OID4VCI 1.0 §9): when the authentic source cannot answer yet, the request's
 * proved keys are kept under a transaction id, and the wallet asks again until it can.
 */
package io.sigillum.issuance.deferred;
