/**
 * Revoking and suspending issued credentials: the issuer records the change and, in the same
 * transaction, a {@code status.change-requested} event in its outbox; a relay carries it to the
 * status service's queue, so no change is lost to a broker or status-service outage.
 */
package io.sigillum.issuance.revocation;
