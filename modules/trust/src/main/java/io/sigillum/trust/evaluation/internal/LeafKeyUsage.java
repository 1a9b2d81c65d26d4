package io.sigillum.trust.evaluation.internal;

import io.sigillum.trust.evaluation.Evaluation.Reason;

import java.security.cert.X509Certificate;

/**
 * The leaf's key usage, which PKIX leaves to the application (RFC 5280 §6.1 checks keyCertSign on
 * the CAs only). A credential is a signature, so the leaf must allow digitalSignature; a leaf
 * without a keyUsage extension is not restricted (RFC 5280 §4.2.1.3) and passes.
 */
final class LeafKeyUsage {

    private static final int DIGITAL_SIGNATURE = 0;

    private LeafKeyUsage() {
    }

    static void requireDigitalSignature(X509Certificate leaf) throws Refusal {
        boolean[] usage = leaf.getKeyUsage();
        if (usage != null && (usage.length <= DIGITAL_SIGNATURE || !usage[DIGITAL_SIGNATURE])) {
            throw Refusal.of(Reason.CHAIN_INVALID, "the leaf's key usage does not include digitalSignature");
        }
    }
}
