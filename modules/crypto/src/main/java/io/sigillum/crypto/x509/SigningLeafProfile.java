package io.sigillum.crypto.x509;

import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.x509.ExtendedKeyUsage;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.bouncycastle.asn1.x509.KeyPurposeId;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.cert.X509v3CertificateBuilder;

import java.security.PublicKey;
import java.security.cert.X509Certificate;
import java.util.Locale;

/**
 * The leaves whose keys sign tokens rather than TLS sessions: SD-JWT VC issuers, OpenID4VP
 * verifiers and status list signers. Each has keyUsage digitalSignature only (critical: the key
 * signs data, never certificates, CRLs or key agreements), subject and authority key identifiers,
 * and no basicConstraints (optional for end entities, RFC 5280 §4.2.1.9); they differ in their
 * names and purposes.
 */
final class SigningLeafProfile {

    private SigningLeafProfile() {
    }

    /**
     * subjectAltName, not critical since the subject DN is not empty (RFC 5280 §4.2.1.6): for an
     * {@code https} issuer its URI as a uniformResourceIdentifier and its host as a dNSName; for a
     * {@code dns:} issuer the DNS name.
     */
    static void credentialIssuer(X509v3CertificateBuilder builder, X509Certificate issuer, PublicKey key,
                                 CredentialIssuerRequest request) {
        common(builder, issuer, key);
        GeneralNames names;
        if ("dns".equals(request.issuer().getScheme().toLowerCase(Locale.ROOT))) {
            names = new GeneralNames(dnsName(CredentialIssuerRequest.dnsName(request.issuer())));
        } else {
            names = new GeneralNames(new GeneralName[] {
                new GeneralName(GeneralName.uniformResourceIdentifier, request.issuer().toString()),
                dnsName(request.issuer().getHost())});
        }
        CaProfile.add(builder, Extension.subjectAlternativeName, false, names);
    }

    /** subjectAltName with the one dNSName the {@code x509_san_dns} client id names, not critical. */
    static void verifier(X509v3CertificateBuilder builder, X509Certificate issuer, PublicKey key,
                         VerifierCertificateRequest request) {
        common(builder, issuer, key);
        CaProfile.add(builder, Extension.subjectAlternativeName, false, new GeneralNames(dnsName(request.dnsName())));
    }

    /**
     * extendedKeyUsage with the status signing purpose, not critical: RFC 5280 §4.2.1.12 leaves
     * it to the issuer, and a relying party that checks status signers looks for the purpose anyway.
     */
    static void statusListSigner(X509v3CertificateBuilder builder, X509Certificate issuer, PublicKey key,
                                 StatusListSignerRequest request) {
        common(builder, issuer, key);
        CaProfile.add(builder, Extension.extendedKeyUsage, false, new ExtendedKeyUsage(
                KeyPurposeId.getInstance(new ASN1ObjectIdentifier(request.extendedKeyUsageOid()))));
    }

    private static void common(X509v3CertificateBuilder builder, X509Certificate issuer, PublicKey key) {
        CaProfile.add(builder, Extension.keyUsage, true, new KeyUsage(KeyUsage.digitalSignature));
        CaProfile.add(builder, Extension.subjectKeyIdentifier, false, KeyIdentifiers.subject(key));
        CaProfile.add(builder, Extension.authorityKeyIdentifier, false, KeyIdentifiers.authority(issuer));
    }

    private static GeneralName dnsName(String name) {
        return new GeneralName(GeneralName.dNSName, DnsNames.require(name));
    }
}
