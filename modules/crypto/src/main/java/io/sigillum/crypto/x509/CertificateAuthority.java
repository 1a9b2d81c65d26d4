package io.sigillum.crypto.x509;

import io.sigillum.crypto.keys.EcKeyPairs;
import io.sigillum.crypto.sign.LocalKeySigner;
import io.sigillum.crypto.sign.Signer;
import io.sigillum.crypto.sign.Verifier;
import io.sigillum.crypto.sign.internal.KeyAlgorithms;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.cert.X509v3CertificateBuilder;

import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A certificate authority: its certificate chain (its own certificate first, up to its root) and
 * a {@link Signer} for its key. The key may be in this process ({@link #selfSigned},
 * {@link #of(X509Certificate, PrivateKey)}) or anywhere a {@code Signer} reaches: an HSM, wrapped
 * keys, the key-management service ({@link #of(List, Signer)}). Certificates are signed through
 * the {@code Signer}, and each is checked against the CA's public key before it is returned.
 *
 * <p>Profiles it issues ({@link #issue(CertificateRequest, PublicKey)}): TLS servers, intermediate
 * CAs, mdoc document signers (under an IACA, {@link #iaca}), SD-JWT VC issuers, OpenID4VP
 * {@code x509_san_dns} verifiers and status list signers. Serial numbers carry 159 random bits;
 * notBefore is set five minutes back for clocks that run behind.
 *
 * <p>Instances are immutable and thread-safe.
 */
public final class CertificateAuthority {

    private final List<X509Certificate> chain;
    private final Signer signer;
    private final PrivateKey privateKey;

    private CertificateAuthority(List<X509Certificate> chain, Signer signer, PrivateKey privateKey) {
        this.chain = List.copyOf(chain);
        this.signer = signer;
        this.privateKey = privateKey;
    }

    /**
     * Creates a self-signed development CA on a new P-256 key: basicConstraints CA:true (critical),
     * keyUsage keyCertSign and cRLSign (critical), and a subject key identifier.
     *
     * @param commonName the CA's CN
     * @param validity   how long from now the CA is valid
     * @return the new CA
     */
    public static CertificateAuthority selfSigned(String commonName, Duration validity) {
        Objects.requireNonNull(commonName, "commonName");
        CertificateRequest.positive(validity);
        KeyPair keys = EcKeyPairs.p256();
        X500Name name = CertificateSigner.name(commonName);
        X509v3CertificateBuilder builder = CertificateSigner.builder(name, name, keys.getPublic(), validity);
        CaProfile.developmentRoot(builder, keys.getPublic());
        Signer signer = LocalKeySigner.of(commonName, keys.getPrivate());
        return new CertificateAuthority(List.of(CertificateSigner.sign(builder, signer, keys.getPublic())), signer, keys.getPrivate());
    }

    /**
     * Creates an IACA root (ISO/IEC 18013-5 Annex B.1.2) on a new P-256 key, for development and
     * tests. The extensions are listed on {@link #iaca(IacaRequest, Signer, PublicKey)}.
     *
     * @param request what the IACA certificate should say
     * @return the IACA
     */
    public static CertificateAuthority iaca(IacaRequest request) {
        KeyPair keys = EcKeyPairs.p256();
        Signer signer = LocalKeySigner.of(request.subject().commonName(), keys.getPrivate());
        return new CertificateAuthority(List.of(iacaCertificate(request, signer, keys.getPublic())), signer, keys.getPrivate());
    }

    /**
     * Creates an IACA root (ISO/IEC 18013-5 Annex B.1.2) whose key is held elsewhere: self-signed
     * through the signer. Issuer and subject are the request's name (country mandatory); validity
     * at most 20 years; subjectKeyIdentifier; keyUsage keyCertSign and cRLSign, critical;
     * issuerAltName; basicConstraints CA with pathLenConstraint 0, critical; cRLDistributionPoints.
     *
     * @param request   what the IACA certificate should say
     * @param signer    signs with the IACA key, e.g. in an HSM (P-256, P-384, P-521 or Ed25519)
     * @param publicKey the IACA public key
     * @return the IACA
     * @throws IllegalArgumentException when the validity exceeds 20 years, or the signer's key is
     *                                  not {@code publicKey}'s
     */
    public static CertificateAuthority iaca(IacaRequest request, Signer signer, PublicKey publicKey) {
        Objects.requireNonNull(signer, "signer");
        requireSameAlgorithm(publicKey, signer);
        return new CertificateAuthority(List.of(iacaCertificate(request, signer, publicKey)), signer, null);
    }

    /**
     * Wraps an existing CA whose key is in this process, for example one read back from PEM files.
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
        requireCa(certificate);
        Signer signer = LocalKeySigner.of(certificate.getSubjectX500Principal().getName(), privateKey);
        // Sign and verify a probe: the maths tells whether the key is the certificate's, whatever its encoding.
        byte[] probe = "sigillum key match probe".getBytes(StandardCharsets.US_ASCII);
        if (signer.algorithm() != KeyAlgorithms.forKey(certificate.getPublicKey())
                || !Verifier.of(certificate.getPublicKey()).verify(probe, signer.sign(probe))) {
            throw new IllegalArgumentException("the private key does not belong to the CA certificate");
        }
        return new CertificateAuthority(List.of(certificate), signer, privateKey);
    }

    /**
     * Wraps a CA whose key is held elsewhere. Nothing is signed to check the key here (a remote
     * signer may be slow or metered); every certificate issued is checked against the CA's public
     * key instead, so a signer with the wrong key fails at the first issue.
     *
     * @param chain  the CA certificate first, then its issuers up to the root (the root may be left out)
     * @param signer signs with the CA key
     * @return the CA
     * @throws IllegalArgumentException when the first certificate is not a CA certificate, or its
     *                                  key is not of the kind the signer signs with
     */
    public static CertificateAuthority of(List<X509Certificate> chain, Signer signer) {
        Objects.requireNonNull(chain, "chain");
        Objects.requireNonNull(signer, "signer");
        if (chain.isEmpty()) {
            throw new IllegalArgumentException("the chain is empty");
        }
        requireCa(chain.get(0));
        requireSameAlgorithm(chain.get(0).getPublicKey(), signer);
        return new CertificateAuthority(chain, signer, null);
    }

    /**
     * Issues a TLS certificate on a new P-256 key: subjectAltName DNS {@code localhost}, IP
     * {@code 127.0.0.1} and the request's extra DNS names; extendedKeyUsage serverAuth and
     * clientAuth (so the same certificate serves mTLS between services); keyUsage
     * digitalSignature; basicConstraints CA:false; subject and authority key identifiers.
     *
     * @param request what the certificate should say
     * @return the certificate, its key, and the chain [leaf, CA…]
     */
    public IssuedCertificate issueServerCertificate(ServerCertificateRequest request) {
        return issue(request);
    }

    /**
     * Issues a certificate on a new P-256 key made here, for development and tests.
     *
     * @param request what the certificate should say
     * @return the certificate, its key, and the chain [leaf, this CA's chain…]
     * @see #issue(CertificateRequest, PublicKey)
     */
    public IssuedCertificate issue(CertificateRequest request) {
        KeyPair keys = EcKeyPairs.p256();
        List<X509Certificate> issued = new ArrayList<>(chain.size() + 1);
        issued.add(issue(request, keys.getPublic()));
        issued.addAll(chain);
        return new IssuedCertificate(keys.getPrivate(), issued);
    }

    /**
     * Issues a certificate for a public key held anywhere (its private key need never come here).
     * Each request is a profile:
     * <ul>
     *   <li>{@link ServerCertificateRequest}: TLS, see {@link #issueServerCertificate};</li>
     *   <li>{@link IntermediateCaRequest}: an issuing CA under this one;</li>
     *   <li>{@link DocumentSignerRequest}: an mdoc document signer, when this CA is an IACA;</li>
     *   <li>{@link CredentialIssuerRequest}: an SD-JWT VC issuer's {@code x5c} leaf;</li>
     *   <li>{@link VerifierCertificateRequest}: an OpenID4VP {@code x509_san_dns} verifier's leaf;</li>
     *   <li>{@link StatusListSignerRequest}: a Status List Token signer's leaf.</li>
     * </ul>
     * Apart from TLS certificates (valid for their validity from now), a certificate is valid for
     * its validity from notBefore, and must not outlive this CA.
     *
     * @param request    what the certificate should say
     * @param subjectKey the certified public key
     * @return the certificate, signed by this CA
     * @throws IllegalArgumentException when the request does not fit this CA (a path length it
     *                                  forbids, a document signer from a CA that is not an IACA, a
     *                                  validity beyond the CA's), or the CA's signer returns an
     *                                  unusable signature or signs with another key
     * @throws io.sigillum.crypto.sign.SigningException when the CA's signer cannot sign at all
     */
    public X509Certificate issue(CertificateRequest request, PublicKey subjectKey) {
        Objects.requireNonNull(request, "request");
        Objects.requireNonNull(subjectKey, "subjectKey");
        X509Certificate ca = certificate();
        X500Name issuer = X500Name.getInstance(ca.getSubjectX500Principal().getEncoded());
        X509v3CertificateBuilder builder = switch (request) {
            case ServerCertificateRequest server -> {
                X509v3CertificateBuilder b = CertificateSigner.builder(issuer,
                        CertificateSigner.name(server.commonName()), subjectKey, server.validity());
                ServerCertificateProfile.apply(b, ca, subjectKey, server);
                yield b;
            }
            case IntermediateCaRequest intermediate -> {
                requirePathLength(ca, intermediate.pathLength());
                X509v3CertificateBuilder b = bounded(issuer, CertificateSigner.name(intermediate.subject()), subjectKey, request);
                CaProfile.intermediate(b, ca, subjectKey, intermediate.pathLength());
                yield b;
            }
            case DocumentSignerRequest documentSigner -> {
                X509v3CertificateBuilder b = bounded(issuer, DocumentSignerProfile.subject(issuer, documentSigner), subjectKey, request);
                DocumentSignerProfile.apply(b, ca, subjectKey);
                yield b;
            }
            case CredentialIssuerRequest credentialIssuer -> {
                X509v3CertificateBuilder b = bounded(issuer, CertificateSigner.name(credentialIssuer.subject()), subjectKey, request);
                SigningLeafProfile.credentialIssuer(b, ca, subjectKey, credentialIssuer);
                yield b;
            }
            case VerifierCertificateRequest verifier -> {
                X509v3CertificateBuilder b = bounded(issuer, CertificateSigner.name(verifier.subject()), subjectKey, request);
                SigningLeafProfile.verifier(b, ca, subjectKey, verifier);
                yield b;
            }
            case StatusListSignerRequest statusSigner -> {
                X509v3CertificateBuilder b = bounded(issuer, CertificateSigner.name(statusSigner.subject()), subjectKey, request);
                SigningLeafProfile.statusListSigner(b, ca, subjectKey, statusSigner);
                yield b;
            }
        };
        return CertificateSigner.sign(builder, signer, ca.getPublicKey());
    }

    /**
     * Issues an intermediate CA on a new P-256 key made here, for development and tests.
     *
     * @param request what the intermediate's certificate should say
     * @return the intermediate, whose chain is [intermediate, this CA's chain…]
     */
    public CertificateAuthority issueIntermediate(IntermediateCaRequest request) {
        KeyPair keys = EcKeyPairs.p256();
        List<X509Certificate> intermediateChain = new ArrayList<>(chain.size() + 1);
        intermediateChain.add(issue(request, keys.getPublic()));
        intermediateChain.addAll(chain);
        return new CertificateAuthority(intermediateChain,
                LocalKeySigner.of(request.subject().commonName(), keys.getPrivate()), keys.getPrivate());
    }

    /** @return the CA certificate */
    public X509Certificate certificate() {
        return chain.get(0);
    }

    /** @return the CA certificate, then its issuers */
    public List<X509Certificate> chain() {
        return chain;
    }

    /**
     * @return the CA private key
     * @throws IllegalStateException when the key is held elsewhere ({@link #of(List, Signer)})
     */
    public PrivateKey privateKey() {
        if (privateKey == null) {
            throw new IllegalStateException("the key of " + certificate().getSubjectX500Principal() + " is not in this process");
        }
        return privateKey;
    }

    private static X509Certificate iacaCertificate(IacaRequest request, Signer signer, PublicKey publicKey) {
        Objects.requireNonNull(request, "request");
        Objects.requireNonNull(publicKey, "publicKey");
        Instant notBefore = Instant.now().minus(CertificateSigner.CLOCK_SKEW);
        Instant notAfter = notBefore.plus(request.validity());
        Instant limit = notBefore.atOffset(ZoneOffset.UTC).plusYears(Iso18013Spec.IACA_MAX_VALIDITY_YEARS).toInstant();
        if (notAfter.isAfter(limit)) {
            throw new IllegalArgumentException("an IACA certificate is valid for at most 20 years (ISO/IEC 18013-5 B.1.2)");
        }
        X500Name name = CertificateSigner.name(request.subject());
        X509v3CertificateBuilder builder = CertificateSigner.builder(name, name, publicKey, notBefore, notAfter);
        CaProfile.iaca(builder, publicKey, request);
        return CertificateSigner.sign(builder, signer, publicKey);
    }

    /** A builder valid from notBefore for the request's validity, within this CA's own. */
    private X509v3CertificateBuilder bounded(X500Name issuer, X500Name subject, PublicKey subjectKey, CertificateRequest request) {
        Instant notBefore = Instant.now().minus(CertificateSigner.CLOCK_SKEW);
        Instant notAfter = notBefore.plus(request.validity());
        if (notAfter.isAfter(certificate().getNotAfter().toInstant())) {
            throw new IllegalArgumentException("the certificate would outlive its CA, valid until " + certificate().getNotAfter().toInstant());
        }
        return CertificateSigner.builder(issuer, subject, subjectKey, notBefore, notAfter);
    }

    private static void requirePathLength(X509Certificate ca, int pathLength) {
        // getBasicConstraints(): the CA's pathLenConstraint, Integer.MAX_VALUE when unlimited.
        int allowed = ca.getBasicConstraints();
        if (allowed < 1 || pathLength > allowed - 1) {
            throw new IllegalArgumentException("the CA's pathLenConstraint " + allowed
                    + " does not allow an intermediate CA with path length " + pathLength);
        }
    }

    private static void requireCa(X509Certificate certificate) {
        if (certificate.getBasicConstraints() < 0) {
            throw new IllegalArgumentException("not a CA certificate: " + certificate.getSubjectX500Principal());
        }
    }

    private static void requireSameAlgorithm(PublicKey publicKey, Signer signer) {
        Objects.requireNonNull(publicKey, "publicKey");
        if (KeyAlgorithms.forKey(publicKey) != signer.algorithm()) {
            throw new IllegalArgumentException("key " + signer.keyId() + " signs " + signer.algorithm().jwsName()
                    + ", but the CA key is for " + KeyAlgorithms.forKey(publicKey).jwsName());
        }
    }
}
