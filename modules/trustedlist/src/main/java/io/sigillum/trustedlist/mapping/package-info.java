/**
 * From a verified trusted list's DOM to the model (not exported):
 * {@link io.sigillum.trustedlist.mapping.TrustedListMapper} reads the scheme information and hands
 * providers, services, digital identities and pointers to one mapper each. Every element is
 * reached from the document element down, child by child.
 */
package io.sigillum.trustedlist.mapping;
