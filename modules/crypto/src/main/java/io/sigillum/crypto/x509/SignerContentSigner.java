package io.sigillum.crypto.x509;

import com.nimbusds.jose.JOSEException;
import io.sigillum.crypto.sign.SignatureAlgorithm;
import io.sigillum.crypto.sign.Signer;
import io.sigillum.crypto.sign.internal.JoseSignatures;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.edec.EdECObjectIdentifiers;
import org.bouncycastle.asn1.x509.AlgorithmIdentifier;
import org.bouncycastle.asn1.x9.X9ObjectIdentifiers;
import org.bouncycastle.operator.ContentSigner;
import org.bouncycastle.operator.RuntimeOperatorException;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.util.Objects;

/**
 * Lets BouncyCastle sign a TBSCertificate with a {@link Signer}, wherever its key lives (in this
 * process, an HSM, the key-management service). Signers answer in JOSE form, R‖S for ECDSA; X.509
 * wants the DER {@code ECDSA-Sig-Value} (RFC 5480 §2.2.3), so the signature is converted, with the
 * same length and range checks verification applies. Ed25519 signatures are the same in both.
 *
 * <p>One instance per certificate: BouncyCastle writes the TBSCertificate into it, then asks for
 * the signature once.
 */
final class SignerContentSigner implements ContentSigner {

    private final Signer signer;
    private final AlgorithmIdentifier algorithmIdentifier;
    private final ByteArrayOutputStream toBeSigned = new ByteArrayOutputStream();

    SignerContentSigner(Signer signer) {
        this.signer = Objects.requireNonNull(signer, "signer");
        this.algorithmIdentifier = algorithmIdentifier(signer.algorithm());
    }

    /**
     * @return the X.509 signature algorithm for a JOSE one: ecdsa-with-SHA256/384/512 without
     *         parameters (RFC 5758 §3.2), or id-Ed25519 (RFC 8410 §3)
     */
    static AlgorithmIdentifier algorithmIdentifier(SignatureAlgorithm algorithm) {
        ASN1ObjectIdentifier oid = switch (algorithm) {
            case ES256 -> X9ObjectIdentifiers.ecdsa_with_SHA256;
            case ES384 -> X9ObjectIdentifiers.ecdsa_with_SHA384;
            case ES512 -> X9ObjectIdentifiers.ecdsa_with_SHA512;
            case EDDSA -> EdECObjectIdentifiers.id_Ed25519;
            // No signer holds an RSA key (SignatureAlgorithm: RSA is for verification only).
            case RS256, RS384, RS512, PS256, PS384, PS512 ->
                    throw new IllegalArgumentException(algorithm.jwsName() + " is for verification only");
        };
        return new AlgorithmIdentifier(oid);
    }

    @Override
    public AlgorithmIdentifier getAlgorithmIdentifier() {
        return algorithmIdentifier;
    }

    @Override
    public OutputStream getOutputStream() {
        return toBeSigned;
    }

    @Override
    public byte[] getSignature() {
        byte[] jose = signer.sign(toBeSigned.toByteArray());
        try {
            return JoseSignatures.toJca(signer.algorithm(), jose);
        } catch (JOSEException e) {
            throw new RuntimeOperatorException("key " + signer.keyId() + " returned an unusable "
                    + signer.algorithm().jwsName() + " signature: " + e.getMessage(), e);
        }
    }
}
