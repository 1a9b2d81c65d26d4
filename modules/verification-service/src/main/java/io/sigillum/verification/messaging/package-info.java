/** Broadcast events this service listens to: cache hints from the trust registry and the status service. */
package io.sigillum.verification.messaging;
