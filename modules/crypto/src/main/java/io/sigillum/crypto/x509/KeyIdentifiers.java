package io.sigillum.crypto.x509;

import org.bouncycastle.asn1.ASN1OctetString;
import org.bouncycastle.asn1.x509.AuthorityKeyIdentifier;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.SubjectKeyIdentifier;

import java.security.PublicKey;
import java.security.cert.X509Certificate;

/**
 * Subject and authority key identifiers (RFC 5280 §4.2.1.1, §4.2.1.2), by method 1: the SHA-1 of
 * the subjectPublicKey bits, as ISO/IEC 18013-5 Annex B also asks.
 */
final class KeyIdentifiers {

    private KeyIdentifiers() {
    }

    static SubjectKeyIdentifier subject(PublicKey key) {
        return CertificateSigner.extensionUtils().createSubjectKeyIdentifier(key);
    }

    /**
     * @return an authority key identifier holding only the issuer's key identifier: the one its
     *         certificate states, or one computed from its key when it states none
     */
    static AuthorityKeyIdentifier authority(X509Certificate issuer) {
        byte[] extension = issuer.getExtensionValue(Extension.subjectKeyIdentifier.getId());
        byte[] keyId = extension != null
                ? SubjectKeyIdentifier.getInstance(ASN1OctetString.getInstance(extension).getOctets()).getKeyIdentifier()
                : subject(issuer.getPublicKey()).getKeyIdentifier();
        return new AuthorityKeyIdentifier(keyId);
    }
}
