package io.sigillum.wallet.testing;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.crypto.ECDSAVerifier;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jwt.SignedJWT;

import java.text.ParseException;

/** What the fake issuer checks of the JWTs a wallet sends, as a server following the specs would. */
public final class ProofChecks {

    private ProofChecks() {
    }

    /**
     * @param compact      a JWT whose header carries the public {@code jwk} it is signed with
     * @param expectedType its required {@code typ}
     * @return the parsed JWT, its signature checked with the header key
     * @throws IllegalStateException when malformed, wrongly typed, or badly signed
     */
    public static SignedJWT selfSigned(String compact, String expectedType) {
        try {
            SignedJWT jwt = SignedJWT.parse(compact);
            if (jwt.getHeader().getType() == null || !expectedType.equals(jwt.getHeader().getType().getType())) {
                throw new IllegalStateException("typ is " + jwt.getHeader().getType() + ", not " + expectedType);
            }
            if (!"ES256".equals(jwt.getHeader().getAlgorithm().getName())) {
                throw new IllegalStateException("alg is " + jwt.getHeader().getAlgorithm());
            }
            ECKey key = (ECKey) jwt.getHeader().getJWK();
            if (key == null || key.isPrivate()) {
                throw new IllegalStateException("the header has no public jwk");
            }
            if (!jwt.verify(new ECDSAVerifier(key))) {
                throw new IllegalStateException("the signature does not verify with the header jwk");
            }
            return jwt;
        } catch (ParseException | JOSEException | ClassCastException e) {
            throw new IllegalStateException("unreadable JWT: " + e.getMessage(), e);
        }
    }

    /** @return the RFC 7638 thumbprint of the header {@code jwk} */
    public static String thumbprint(SignedJWT jwt) {
        try {
            return jwt.getHeader().getJWK().computeThumbprint().toString();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    /** @return a claim as sent (a string must be a JSON string), as text, or null */
    public static String claim(SignedJWT jwt, String name) {
        Object value = jwt.getPayload().toJSONObject().get(name);
        if (value instanceof java.util.List<?>) {
            throw new IllegalStateException(name + " is an array, not a single value");
        }
        return value == null ? null : value.toString();
    }
}
