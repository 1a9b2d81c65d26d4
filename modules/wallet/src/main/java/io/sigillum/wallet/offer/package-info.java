/** Credential Offers (OID4VCI 1.0 §4.1): by value and by reference. Not exported. */
package io.sigillum.wallet.offer;
