/**
 * The issuer's side of Token Status List: an entry allocated from the status service for each
 * credential, and changes of status sent to it as events through the transactional outbox.
 */
package io.sigillum.issuance.status;
