/**
 * A neutral model of what a verified ETSI TS 119 612 trusted list says: the
 * {@link io.sigillum.trustedlist.model.TrustedList} with its scheme information, its
 * {@link io.sigillum.trustedlist.model.TrustServiceProvider}s and their
 * {@link io.sigillum.trustedlist.model.TrustService}s, and, in a list of trusted lists, the
 * {@link io.sigillum.trustedlist.model.TrustedListPointer}s to other lists. Immutable values,
 * free of XML.
 */
package io.sigillum.trustedlist.model;
