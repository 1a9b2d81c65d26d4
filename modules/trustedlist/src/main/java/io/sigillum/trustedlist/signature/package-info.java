/**
 * The trusted list's enveloped XML signature (TS 119 612 §5.7), verified with the JDK's XML-DSig
 * ({@code javax.xml.crypto.dsig}, itself Apache Santuario) with secure validation on (not exported).
 * {@link io.sigillum.trustedlist.signature.EnvelopedSignatureVerifier} finds the one signature
 * beside the list's content, has {@code SignatureScope} check that
 * it covers the whole document and {@code AlgorithmPolicy} that
 * its algorithms are strong, then verifies it with each configured certificate's key, never with
 * a key the signature brings along.
 */
package io.sigillum.trustedlist.signature;
