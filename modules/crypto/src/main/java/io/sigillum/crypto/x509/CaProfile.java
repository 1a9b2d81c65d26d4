package io.sigillum.crypto.x509;

import org.bouncycastle.asn1.ASN1Encodable;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.CRLDistPoint;
import org.bouncycastle.asn1.x509.DistributionPoint;
import org.bouncycastle.asn1.x509.DistributionPointName;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.cert.CertIOException;
import org.bouncycastle.cert.X509v3CertificateBuilder;

import java.net.URI;
import java.security.PublicKey;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.List;

/** The extensions of CA certificates: a development root, an intermediate, an IACA root. */
final class CaProfile {

    private CaProfile() {
    }

    /**
     * A self-signed development root: basicConstraints CA without a path length limit and keyUsage
     * keyCertSign and cRLSign, both critical (RFC 5280 §4.2.1.9, §4.2.1.3); a subject key identifier.
     */
    static void developmentRoot(X509v3CertificateBuilder builder, PublicKey key) {
        add(builder, Extension.basicConstraints, true, new BasicConstraints(true));
        add(builder, Extension.keyUsage, true, new KeyUsage(KeyUsage.keyCertSign | KeyUsage.cRLSign));
        add(builder, Extension.subjectKeyIdentifier, false, KeyIdentifiers.subject(key));
    }

    /**
     * An intermediate CA: basicConstraints CA with {@code pathLength} and keyUsage keyCertSign and
     * cRLSign, both critical; subject and authority key identifiers, which let path builders find
     * the issuer among several with the same name.
     */
    static void intermediate(X509v3CertificateBuilder builder, X509Certificate issuer, PublicKey key, int pathLength) {
        add(builder, Extension.basicConstraints, true, new BasicConstraints(pathLength));
        add(builder, Extension.keyUsage, true, new KeyUsage(KeyUsage.keyCertSign | KeyUsage.cRLSign));
        add(builder, Extension.subjectKeyIdentifier, false, KeyIdentifiers.subject(key));
        add(builder, Extension.authorityKeyIdentifier, false, KeyIdentifiers.authority(issuer));
    }

    /**
     * An IACA root, ISO/IEC 18013-5 Annex B.1.2. Its fields:
     * <ul>
     *   <li>subjectKeyIdentifier, not critical: SHA-1 of the key (method 1);</li>
     *   <li>keyUsage keyCertSign and cRLSign, critical: it signs document signer certificates and
     *       its CRL, nothing else;</li>
     *   <li>issuerAltName, not critical: URIs and email addresses to reach the issuing authority;</li>
     *   <li>basicConstraints CA with pathLenConstraint 0, critical: document signers sit directly
     *       under the IACA, no intermediate CA is allowed;</li>
     *   <li>cRLDistributionPoints, not critical: one distribution point, a full-name URI, with
     *       neither reasons nor cRLIssuer;</li>
     *   <li>no authorityKeyIdentifier: it is self-signed; none of the extensions Annex B forbids
     *       (policy mappings, name and policy constraints, inhibitAnyPolicy, freshest CRL).</li>
     * </ul>
     */
    static void iaca(X509v3CertificateBuilder builder, PublicKey key, IacaRequest request) {
        add(builder, Extension.subjectKeyIdentifier, false, KeyIdentifiers.subject(key));
        add(builder, Extension.keyUsage, true, new KeyUsage(KeyUsage.keyCertSign | KeyUsage.cRLSign));
        add(builder, Extension.issuerAlternativeName, false, issuerAltName(request));
        add(builder, Extension.basicConstraints, true, new BasicConstraints(0));
        add(builder, Extension.cRLDistributionPoints, false, crlDistributionPoint(request.crlDistributionPoint()));
    }

    static void add(X509v3CertificateBuilder builder, ASN1ObjectIdentifier oid, boolean critical, ASN1Encodable value) {
        try {
            builder.addExtension(oid, critical, value);
        } catch (CertIOException e) {
            throw new IllegalStateException("cannot encode extension " + oid, e);
        }
    }

    private static GeneralNames issuerAltName(IacaRequest request) {
        List<GeneralName> names = new ArrayList<>();
        for (URI uri : request.issuerUris()) {
            names.add(new GeneralName(GeneralName.uniformResourceIdentifier, uri.toString()));
        }
        for (String email : request.issuerEmails()) {
            names.add(new GeneralName(GeneralName.rfc822Name, email));
        }
        return new GeneralNames(names.toArray(GeneralName[]::new));
    }

    private static CRLDistPoint crlDistributionPoint(URI uri) {
        GeneralNames fullName = new GeneralNames(new GeneralName(GeneralName.uniformResourceIdentifier, uri.toString()));
        return new CRLDistPoint(new DistributionPoint[] {
            new DistributionPoint(new DistributionPointName(fullName), null, null)});
    }
}
