package io.sigillum.trustedlist.signature;

import io.sigillum.trustedlist.TrustedListException;
import io.sigillum.trustedlist.TrustedListException.Reason;

import java.util.Locale;
import java.util.Set;

/**
 * The digest and signature algorithms a trusted list's signature may use: SHA-2 and SHA-3 digests,
 * RSA (PKCS#1 v1.5 or PSS with MGF1) and ECDSA over SHA-2. SHA-1, MD5 and anything not listed are
 * refused before any verification, whatever the JDK's own policy would allow.
 */
final class AlgorithmPolicy {

    /** SignatureMethod URIs allowed (RFC 6931 §2.3). */
    static final Set<String> SIGNATURE_METHODS = Set.of(
            "http://www.w3.org/2001/04/xmldsig-more#rsa-sha256",
            "http://www.w3.org/2001/04/xmldsig-more#rsa-sha384",
            "http://www.w3.org/2001/04/xmldsig-more#rsa-sha512",
            "http://www.w3.org/2007/05/xmldsig-more#sha256-rsa-MGF1",
            "http://www.w3.org/2007/05/xmldsig-more#sha384-rsa-MGF1",
            "http://www.w3.org/2007/05/xmldsig-more#sha512-rsa-MGF1",
            "http://www.w3.org/2001/04/xmldsig-more#ecdsa-sha256",
            "http://www.w3.org/2001/04/xmldsig-more#ecdsa-sha384",
            "http://www.w3.org/2001/04/xmldsig-more#ecdsa-sha512");

    /** DigestMethod URIs allowed (XML Encryption 1.0 §5.7, RFC 6931 §2.1). */
    static final Set<String> DIGEST_METHODS = Set.of(
            "http://www.w3.org/2001/04/xmlenc#sha256",
            "http://www.w3.org/2001/04/xmldsig-more#sha384",
            "http://www.w3.org/2001/04/xmlenc#sha512",
            "http://www.w3.org/2007/05/xmldsig-more#sha3-256",
            "http://www.w3.org/2007/05/xmldsig-more#sha3-384",
            "http://www.w3.org/2007/05/xmldsig-more#sha3-512");

    private AlgorithmPolicy() {
    }

    /**
     * @param signedInfo what the signature's SignedInfo declares
     * @throws TrustedListException {@link Reason#WEAK_ALGORITHM} for a signature or digest algorithm not allowed
     */
    static void check(SignedInfoView signedInfo) throws TrustedListException {
        String signatureMethod = signedInfo.signatureMethod();
        if (!SIGNATURE_METHODS.contains(signatureMethod)) {
            throw new TrustedListException(Reason.WEAK_ALGORITHM,
                    "the signature algorithm " + signatureMethod + " is not allowed" + hint(signatureMethod));
        }
        for (SignedInfoView.ReferenceView reference : signedInfo.references()) {
            String digestMethod = reference.digestMethod();
            if (!DIGEST_METHODS.contains(digestMethod)) {
                throw new TrustedListException(Reason.WEAK_ALGORITHM,
                        "the digest algorithm " + digestMethod + " is not allowed" + hint(digestMethod));
            }
        }
    }

    private static String hint(String algorithm) {
        return algorithm.toLowerCase(Locale.ROOT).contains("sha1") ? " (SHA-1 is broken for signatures)" : "";
    }
}
