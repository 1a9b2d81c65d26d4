/** The notification endpoint (OID4VCI 1.0 §11): what wallets say became of their credentials, recorded. */
package io.sigillum.issuance.notification;
