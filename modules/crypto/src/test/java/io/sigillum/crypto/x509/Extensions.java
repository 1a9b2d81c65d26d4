package io.sigillum.crypto.x509;

import org.bouncycastle.asn1.x509.AuthorityKeyIdentifier;
import org.bouncycastle.asn1.x509.CRLDistPoint;
import org.bouncycastle.asn1.x509.DistributionPoint;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.bouncycastle.asn1.x509.SubjectKeyIdentifier;
import org.bouncycastle.cert.jcajce.JcaX509ExtensionUtils;

import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertNotNull;

/** Reads extensions back from certificates, with the JDK and BouncyCastle, for the assertions. */
final class Extensions {

    static final String SUBJECT_KEY_IDENTIFIER = "2.5.29.14";
    static final String KEY_USAGE = "2.5.29.15";
    static final String SUBJECT_ALT_NAME = "2.5.29.17";
    static final String ISSUER_ALT_NAME = "2.5.29.18";
    static final String BASIC_CONSTRAINTS = "2.5.29.19";
    static final String CRL_DISTRIBUTION_POINTS = "2.5.29.31";
    static final String AUTHORITY_KEY_IDENTIFIER = "2.5.29.35";
    static final String EXTENDED_KEY_USAGE = "2.5.29.37";

    static final int DIGITAL_SIGNATURE = 0;
    static final int KEY_CERT_SIGN = 5;
    static final int CRL_SIGN = 6;

    private Extensions() {
    }

    static boolean critical(X509Certificate certificate, String oid) {
        assertNotNull(certificate.getExtensionValue(oid), () -> "extension " + oid + " is missing");
        return certificate.getCriticalExtensionOIDs().contains(oid);
    }

    static boolean present(X509Certificate certificate, String oid) {
        return certificate.getExtensionValue(oid) != null;
    }

    /** @return the indices of the keyUsage bits set */
    static List<Integer> keyUsageBits(X509Certificate certificate) {
        boolean[] bits = certificate.getKeyUsage();
        List<Integer> set = new ArrayList<>();
        for (int i = 0; bits != null && i < bits.length; i++) {
            if (bits[i]) {
                set.add(i);
            }
        }
        return set;
    }

    static byte[] subjectKeyId(X509Certificate certificate) throws Exception {
        return SubjectKeyIdentifier.getInstance(JcaX509ExtensionUtils.parseExtensionValue(
                certificate.getExtensionValue(SUBJECT_KEY_IDENTIFIER))).getKeyIdentifier();
    }

    static AuthorityKeyIdentifier authorityKeyId(X509Certificate certificate) throws Exception {
        return AuthorityKeyIdentifier.getInstance(JcaX509ExtensionUtils.parseExtensionValue(
                certificate.getExtensionValue(AUTHORITY_KEY_IDENTIFIER)));
    }

    /** @return the full-name URIs of the CRL distribution points */
    static List<String> crlUris(X509Certificate certificate) throws Exception {
        CRLDistPoint points = CRLDistPoint.getInstance(JcaX509ExtensionUtils.parseExtensionValue(
                certificate.getExtensionValue(CRL_DISTRIBUTION_POINTS)));
        List<String> uris = new ArrayList<>();
        for (DistributionPoint point : points.getDistributionPoints()) {
            if (point.getReasons() != null || point.getCRLIssuer() != null) {
                throw new AssertionError("reasons and cRLIssuer are not used");
            }
            for (GeneralName name : GeneralNames.getInstance(point.getDistributionPoint().getName()).getNames()) {
                uris.add(name.getName().toString());
            }
        }
        return uris;
    }
}
