package io.sigillum.crypto.sign;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.JWSSigner;
import com.nimbusds.jose.jca.JCAContext;
import com.nimbusds.jose.util.Base64URL;

import java.util.Objects;
import java.util.Set;

/**
 * Lets a {@link Signer} sign Nimbus objects: {@code jwsObject.sign(new NimbusJwsSigner(signer))}
 * works for {@link com.nimbusds.jose.JWSObject} and {@link com.nimbusds.jwt.SignedJWT} alike.
 * It refuses a header whose {@code alg} is not the signer's.
 */
public final class NimbusJwsSigner implements JWSSigner {

    private final Signer signer;
    private final JWSAlgorithm algorithm;
    private final JCAContext jcaContext = new JCAContext();

    /** @param signer the signer to delegate to */
    public NimbusJwsSigner(Signer signer) {
        this.signer = Objects.requireNonNull(signer, "signer");
        this.algorithm = signer.algorithm().toNimbus();
    }

    @Override
    public Base64URL sign(JWSHeader header, byte[] signingInput) throws JOSEException {
        if (!algorithm.equals(header.getAlgorithm())) {
            throw new JOSEException("key " + signer.keyId() + " signs " + algorithm
                    + ", not " + header.getAlgorithm());
        }
        try {
            return Base64URL.encode(signer.sign(signingInput));
        } catch (SigningException e) {
            throw new JOSEException(e.getMessage(), e);
        }
    }

    @Override
    public Set<JWSAlgorithm> supportedJWSAlgorithms() {
        return Set.of(algorithm);
    }

    /** @return a context Nimbus may read; the signer chooses its own provider */
    @Override
    public JCAContext getJCAContext() {
        return jcaContext;
    }
}
