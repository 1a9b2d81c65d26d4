package io.sigillum.crypto.x509;

import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.ASN1OctetString;
import org.bouncycastle.asn1.ASN1Primitive;
import org.bouncycastle.asn1.x500.RDN;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x500.X500NameBuilder;
import org.bouncycastle.asn1.x500.style.BCStyle;
import org.bouncycastle.asn1.x500.style.IETFUtils;
import org.bouncycastle.asn1.x509.ExtendedKeyUsage;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.KeyPurposeId;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.cert.X509v3CertificateBuilder;

import java.io.IOException;
import java.security.PublicKey;
import java.security.cert.X509Certificate;

/**
 * The mdoc document signer certificate, ISO/IEC 18013-5 Annex B.1.4: the key that signs the
 * Mobile Security Object (IssuerAuth) of every mdoc the issuer makes.
 */
final class DocumentSignerProfile {

    /** {@code id-mdl-kp-mdlDS}. */
    static final ASN1ObjectIdentifier DOCUMENT_SIGNER = new ASN1ObjectIdentifier(Iso18013Spec.DOCUMENT_SIGNER_EXTENDED_KEY_USAGE);

    private DocumentSignerProfile() {
    }

    /**
     * The subject: the IACA's country (and state or province, if it names one), which Annex B
     * requires to be the same, then the request's organisation and common name.
     *
     * @throws IllegalArgumentException when the issuer names no country: it is not an IACA
     */
    static X500Name subject(X500Name iaca, DocumentSignerRequest request) {
        String country = attribute(iaca, BCStyle.C);
        if (country == null) {
            throw new IllegalArgumentException("the issuer names no country: not an IACA (ISO/IEC 18013-5 B.1.2)");
        }
        X500NameBuilder builder = new X500NameBuilder(BCStyle.INSTANCE).addRDN(BCStyle.C, country);
        String state = attribute(iaca, BCStyle.ST);
        if (state != null) {
            builder.addRDN(BCStyle.ST, state);
        }
        if (request.organization() != null) {
            builder.addRDN(BCStyle.O, request.organization());
        }
        return builder.addRDN(BCStyle.CN, request.commonName()).build();
    }

    /**
     * The extensions:
     * <ul>
     *   <li>authorityKeyIdentifier, not critical: the IACA's key identifier, so a verifier finds
     *       the right IACA among those of one country;</li>
     *   <li>subjectKeyIdentifier, not critical;</li>
     *   <li>keyUsage digitalSignature only, critical: it signs MSOs, never certificates or CRLs;</li>
     *   <li>extendedKeyUsage {@code id-mdl-kp-mdlDS} (1.0.18013.5.1.2), critical: the key signs
     *       mdoc MSOs and nothing else a relying party would accept;</li>
     *   <li>issuerAltName and cRLDistributionPoints, not critical: the IACA's own, copied, since
     *       they name the issuer and where it revokes this certificate;</li>
     *   <li>no basicConstraints: an end-entity certificate may omit it (RFC 5280 §4.2.1.9), and
     *       Annex B lists none for a document signer.</li>
     * </ul>
     *
     * @throws IllegalArgumentException when the issuer lacks an issuerAltName or a CRL
     *                                  distribution point to copy
     */
    static void apply(X509v3CertificateBuilder builder, X509Certificate iaca, PublicKey key) {
        CaProfile.add(builder, Extension.authorityKeyIdentifier, false, KeyIdentifiers.authority(iaca));
        CaProfile.add(builder, Extension.subjectKeyIdentifier, false, KeyIdentifiers.subject(key));
        CaProfile.add(builder, Extension.keyUsage, true, new KeyUsage(KeyUsage.digitalSignature));
        CaProfile.add(builder, Extension.extendedKeyUsage, true,
                new ExtendedKeyUsage(KeyPurposeId.getInstance(DOCUMENT_SIGNER)));
        CaProfile.add(builder, Extension.issuerAlternativeName, false, copied(iaca, Extension.issuerAlternativeName, "issuerAltName"));
        CaProfile.add(builder, Extension.cRLDistributionPoints, false,
                copied(iaca, Extension.cRLDistributionPoints, "cRLDistributionPoints"));
    }

    private static ASN1Primitive copied(X509Certificate iaca, ASN1ObjectIdentifier oid, String name) {
        byte[] extension = iaca.getExtensionValue(oid.getId());
        if (extension == null) {
            throw new IllegalArgumentException("the issuer has no " + name + ": not an IACA (ISO/IEC 18013-5 B.1.2)");
        }
        try {
            return ASN1Primitive.fromByteArray(ASN1OctetString.getInstance(extension).getOctets());
        } catch (IOException e) {
            throw new IllegalArgumentException("the issuer's " + name + " does not parse", e);
        }
    }

    private static String attribute(X500Name name, ASN1ObjectIdentifier type) {
        RDN[] rdns = name.getRDNs(type);
        return rdns.length == 0 ? null : IETFUtils.valueToString(rdns[0].getFirst().getValue());
    }
}
