package io.sigillum.crypto.x509;

import io.sigillum.crypto.keys.EcKeyPairs;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.cert.CertIOException;
import org.bouncycastle.cert.X509v3CertificateBuilder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateHolder;
import org.bouncycastle.cert.jcajce.JcaX509ExtensionUtils;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.PrivateKey;
import java.security.Signature;
import java.security.cert.CertificateEncodingException;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.util.List;
import java.util.Objects;

/**
 * A certificate authority held in this process: its certificate and private key.
 *
 * <p>Meant for development and tests (the dev stack's TLS, test trust anchors). Production keys
 * live in the key-management service and never in a plain object like this one.
 */
public final class CertificateAuthority {

    private final X509Certificate certificate;
    private final PrivateKey privateKey;

    private CertificateAuthority(X509Certificate certificate, PrivateKey privateKey) {
        this.certificate = certificate;
        this.privateKey = privateKey;
    }

    /**
     * Creates a self-signed CA on a new P-256 key: basicConstraints CA:true (critical), keyUsage
     * keyCertSign and cRLSign (critical), and a subject key identifier.
     *
     * @param commonName the CA's CN
     * @param validity   how long from now the CA is valid
     * @return the new CA
     */
    public static CertificateAuthority selfSigned(String commonName, Duration validity) {
        Objects.requireNonNull(commonName, "commonName");
        Objects.requireNonNull(validity, "validity");
        if (validity.isNegative() || validity.isZero()) {
            throw new IllegalArgumentException("validity must be positive");
        }
        KeyPair keys = EcKeyPairs.p256();
        var name = CertificateSigner.name(commonName);
        X509v3CertificateBuilder builder = CertificateSigner.builder(name, name, keys.getPublic(), validity);
        JcaX509ExtensionUtils utils = CertificateSigner.extensionUtils();
        try {
            builder.addExtension(Extension.basicConstraints, true, new BasicConstraints(true));
            builder.addExtension(Extension.keyUsage, true,
                    new KeyUsage(KeyUsage.keyCertSign | KeyUsage.cRLSign));
            builder.addExtension(Extension.subjectKeyIdentifier, false,
                    utils.createSubjectKeyIdentifier(keys.getPublic()));
        } catch (CertIOException e) {
            throw new IllegalStateException("cannot encode a CA extension", e);
        }
        return new CertificateAuthority(CertificateSigner.sign(builder, keys.getPrivate()), keys.getPrivate());
    }

    /**
     * Wraps an existing CA, for example one read back from PEM files.
     *
     * @param certificate the CA certificate
     * @param privateKey  its private key
     * @return the CA
     * @throws IllegalArgumentException if the certificate is not a CA certificate or the key does
     *                                  not belong to it
     */
    public static CertificateAuthority of(X509Certificate certificate, PrivateKey privateKey) {
        Objects.requireNonNull(certificate, "certificate");
        Objects.requireNonNull(privateKey, "privateKey");
        if (certificate.getBasicConstraints() < 0) {
            throw new IllegalArgumentException("not a CA certificate: " + certificate.getSubjectX500Principal());
        }
        if (!keyMatches(certificate, privateKey)) {
            throw new IllegalArgumentException("the private key does not belong to the CA certificate");
        }
        return new CertificateAuthority(certificate, privateKey);
    }

    /**
     * Issues a TLS certificate: subjectAltName DNS {@code localhost}, IP {@code 127.0.0.1} and the
     * request's extra DNS names; extendedKeyUsage serverAuth and clientAuth (so the same
     * certificate serves mTLS between services); keyUsage digitalSignature; basicConstraints
     * CA:false; subject and authority key identifiers. The key is a new P-256 key.
     *
     * @param request what the certificate should say
     * @return the certificate, its key, and the chain [leaf, CA]
     */
    public IssuedCertificate issueServerCertificate(ServerCertificateRequest request) {
        Objects.requireNonNull(request, "request");
        KeyPair keys = EcKeyPairs.p256();
        X509v3CertificateBuilder builder;
        try {
            builder = CertificateSigner.builder(new JcaX509CertificateHolder(certificate).getSubject(),
                    CertificateSigner.name(request.commonName()), keys.getPublic(), request.validity());
        } catch (CertificateEncodingException e) {
            throw new IllegalStateException("the CA certificate does not encode", e);
        }
        ServerCertificateProfile.apply(builder, certificate, keys.getPublic(), request);
        X509Certificate leaf = CertificateSigner.sign(builder, privateKey);
        return new IssuedCertificate(keys.getPrivate(), List.of(leaf, certificate));
    }

    /** @return the CA certificate */
    public X509Certificate certificate() {
        return certificate;
    }

    /** @return the CA private key */
    public PrivateKey privateKey() {
        return privateKey;
    }

    private static boolean keyMatches(X509Certificate certificate, PrivateKey privateKey) {
        // Sign and verify a probe: the JDK does the maths, whatever the key's encoding.
        byte[] probe = "sigillum key match probe".getBytes(StandardCharsets.US_ASCII);
        try {
            Signature signer = Signature.getInstance("SHA256withECDSA");
            signer.initSign(privateKey);
            signer.update(probe);
            byte[] signature = signer.sign();
            Signature verifier = Signature.getInstance("SHA256withECDSA");
            verifier.initVerify(certificate.getPublicKey());
            verifier.update(probe);
            return verifier.verify(signature);
        } catch (GeneralSecurityException e) {
            return false;
        }
    }
}
