package io.sigillum.crypto.x509;

import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.ExtendedKeyUsage;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.bouncycastle.asn1.x509.KeyPurposeId;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.cert.CertIOException;
import org.bouncycastle.cert.X509v3CertificateBuilder;
import org.bouncycastle.cert.jcajce.JcaX509ExtensionUtils;

import java.security.PublicKey;
import java.security.cert.CertificateEncodingException;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** The extensions of a TLS server (and client) certificate, RFC 5280 §4.2. */
final class ServerCertificateProfile {

    static final String LOCALHOST = "localhost";
    static final String LOOPBACK_IP = "127.0.0.1";

    private ServerCertificateProfile() {
    }

    static void apply(X509v3CertificateBuilder builder, X509Certificate issuer, PublicKey subjectKey,
                      ServerCertificateRequest request) {
        JcaX509ExtensionUtils utils = CertificateSigner.extensionUtils();
        try {
            builder.addExtension(Extension.basicConstraints, true, new BasicConstraints(false));
            builder.addExtension(Extension.keyUsage, true, new KeyUsage(KeyUsage.digitalSignature));
            builder.addExtension(Extension.extendedKeyUsage, false, new ExtendedKeyUsage(
                    new KeyPurposeId[] {KeyPurposeId.id_kp_serverAuth, KeyPurposeId.id_kp_clientAuth}));
            // Not critical: the subject DN is not empty (RFC 5280 §4.2.1.6).
            builder.addExtension(Extension.subjectAlternativeName, false, subjectAltNames(request));
            builder.addExtension(Extension.subjectKeyIdentifier, false,
                    utils.createSubjectKeyIdentifier(subjectKey));
            builder.addExtension(Extension.authorityKeyIdentifier, false,
                    utils.createAuthorityKeyIdentifier(issuer));
        } catch (CertIOException | CertificateEncodingException e) {
            throw new IllegalStateException("cannot encode a server certificate extension", e);
        }
    }

    private static GeneralNames subjectAltNames(ServerCertificateRequest request) {
        Set<String> dnsNames = new LinkedHashSet<>();
        dnsNames.add(LOCALHOST);
        dnsNames.addAll(request.extraDnsNames());
        List<GeneralName> names = new ArrayList<>();
        for (String dns : dnsNames) {
            names.add(new GeneralName(GeneralName.dNSName, dns));
        }
        names.add(new GeneralName(GeneralName.iPAddress, LOOPBACK_IP));
        return new GeneralNames(names.toArray(GeneralName[]::new));
    }
}
