/**
 * ETSI TS 119 612 trusted lists imported into the registry (issue 6 §4): a list's signature is
 * verified by {@code sigillum-trustedlist} against the certificates held for it (configured, or
 * named by the list of trusted lists held), its sequence number must exceed the held one's, and
 * its trust service providers and their services' CA certificates become issuers and anchors, in
 * one change of the registry. A list of trusted lists records its pointers instead.
 */
package io.sigillum.trustregistry.trustedlist;
